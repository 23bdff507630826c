using System.Text.RegularExpressions;
using EnvBot.Data.Persistence.Seeding;

namespace EnvBot.Data.Ledger;

/// <summary>
/// The bureau's departments as people name them: a guide writes "需要水科配合" or "大气科确认", a block lead types
/// "转办 12 固废科 …"; the routing table and the ledger know them as 水处, 大气处, 土壤处 (ReferenceData.Departments).
/// </summary>
public static partial class DepartmentNames
{
    /// <summary>
    /// Characters that, just before 水/大气…, make it the enterprise's own plant ("废水处理站", "污水站"), not a department;
    /// shared with ContactExtractor's DepartmentNeeded.
    /// </summary>
    public const string OwnPlantBefore = "废污雨排净中冷";

    // Stems as spoken, longest first so "大气环境处" is not read as a 大气 plus rest; each to the registered short name.
    // 固废, 固体废物, 辐射 and 化学品 are the soil department's remit (its full name lists them); 海洋 is the water one's.
    private static readonly (string Stem, string Department)[] Stems =
    [
        ("水生态环境", "水处"), ("海洋生态环境", "水处"), ("大气环境", "大气处"), ("土壤生态环境", "土壤处"),
        ("固体废物", "土壤处"), ("科技与监测", "科监处"), ("环境影响评价", "环评处"), ("法规与标准", "法规处"),
        ("综合行政执法", "执法支队"), ("水环境", "水处"), ("大气", "大气处"), ("土壤", "土壤处"), ("固废", "土壤处"),
        ("固体", "土壤处"), ("辐射", "土壤处"), ("化学品", "土壤处"), ("海洋", "水处"), ("环评", "环评处"), ("执法", "执法支队"),
        ("科监", "科监处"), ("监测", "科监处"), ("法规", "法规处"), ("综合", "综合处"), ("水", "水处"),
    ];

    // What follows a stem when it names a department: "水科", "大气处", "执法大队", "固废科室", "环评那边".
    [GeneratedRegex(@"^(科室|科|处|局|室|部门|大队|支队|队|站|那边)")]
    private static partial Regex Unit();

    /// <summary>The registered short name a person means, or null: the exact short name, the full name, or a stem with its unit.</summary>
    public static string? Resolve(string spoken)
    {
        var s = spoken.Trim();
        foreach (var (name, fullName, _) in ReferenceData.Departments)
        {
            if (s == name || s == fullName)
            {
                return name;
            }
        }
        return Find(s, whole: true);
    }

    /// <summary>The first department named inside a phrase ("需要水科确认" → 水处), or null when none is.</summary>
    public static string? NamedIn(string phrase) => Find(phrase.Trim(), whole: false);

    private static string? Find(string s, bool whole)
    {
        for (var i = 0; i < s.Length; i++)
        {
            foreach (var (stem, department) in Stems)
            {
                if (string.CompareOrdinal(s, i, stem, 0, stem.Length) != 0 || (i > 0 && OwnPlantBefore.Contains(s[i - 1], StringComparison.Ordinal)))
                {
                    continue;
                }
                var unit = Unit().Match(s[(i + stem.Length)..]);
                if (unit.Success && (!whole || (i == 0 && i + stem.Length + unit.Length == s.Length)))
                {
                    return department;
                }
            }
            if (whole)
            {
                break;
            }
        }
        return null;
    }
}
