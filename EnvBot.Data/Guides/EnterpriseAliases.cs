namespace EnvBot.Data.Guides;

/// <summary>
/// The names guides actually type for an enterprise of the pairing table: "长宏" or "长宏国际" for
/// 舟山长宏国际船舶修造有限公司, "纳海固废" for 舟山市纳海固体废物集中处置有限公司, "中天重工" from the table's note.
/// Derived from the full name by rule (region prefix, legal-form suffix, line of business), so a new table needs no
/// hand-made alias list.
/// </summary>
public static class EnterpriseAliases
{
    private static readonly string[] RegionPrefixes = ["浙江省", "浙江", "舟山市", "舟山", "定海区", "定海"];
    private static readonly string[] LegalSuffixes = ["股份有限公司", "有限责任公司", "有限公司", "公司"];

    // Lines of business, longest first, with the short forms people use for them.
    private static readonly (string Business, string[] Short)[] Businesses =
    [
        ("固体废物集中处置", ["固废", "固废处置", "固体废物"]),
        ("危险废物填埋场", ["填埋场"]),
        ("海洋生物制品", ["海洋生物", "生物"]),
        ("油污水处理", ["油污水"]),
        ("污水处理厂", ["污水厂", "污水"]),
        ("废物利用厂", ["废物利用"]),
        ("新材料科技", ["新材料"]),
        ("船舶修造", ["船厂", "船舶"]),
        ("环保能源", ["能源", "环保"]),
        ("环保科技", ["环保"]),
        ("环保纸业业", ["纸业"]),
        ("环保纸业", ["纸业"]),
        ("粮油工业", ["粮油"]),
        ("资源再生", ["再生"]),
        ("汽车配件", ["汽配"]),
        ("水产食品", ["水产", "食品"]),
        ("螺杆制造", ["螺杆"]),
        ("塑料机械", ["塑机"]),
        ("新墙体", ["墙体"]),
        ("矿业", []), ("船业", []), ("食品", []), ("集团", []), ("石化", []), ("水泥", []), ("印染", []), ("石料", []), ("股份", []),
    ];

    // Lines of business and the plain word for a works of that line.
    private static readonly (string Line, string Generic)[] GenericNames =
    [
        ("船舶修造", "船厂"), ("船业", "船厂"), ("污水处理厂", "污水厂"), ("水泥", "水泥厂"), ("印染", "印染厂"), ("纸业", "纸厂"),
        ("石料", "石料厂"), ("热电", "热电厂"), ("造漆", "油漆厂"), ("海洋生物", "海洋生物"),
        // "今天去了趟石化现场": the one petrochemical works of the table is what Dinghai calls 石化 (blind set 58).
        ("石化", "石化"),
    ];

    // Two-character heads that are ordinary words, not a name (a note "危险废物填埋场" is not called "危险").
    private static readonly HashSet<string> GenericHeads = ["危险", "动物", "再生", "污水", "环保", "海洋", "国际", "中心"];

    public static IReadOnlyList<string> For(string fullName)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal) { fullName };
        var (baseName, note) = SplitNote(fullName);
        aliases.Add(baseName);
        var core = StripRegion(StripLegal(baseName));
        aliases.Add(core);
        if (core.EndsWith('镇') is false && core.Contains('镇', StringComparison.Ordinal))
        {
            core = core.Replace("镇", "", StringComparison.Ordinal);
            aliases.Add(core);
        }
        // "中海石油舟山石化" is also called "舟山石化": a place name inside the name starts a name of its own.
        foreach (var region in RegionPrefixes)
        {
            var inner = core.IndexOf(region, StringComparison.Ordinal);
            if (inner > 0 && core.Length - inner > region.Length + 1)
            {
                aliases.Add(core[inner..]);
            }
        }
        var brand = core;
        foreach (var (business, shorts) in Businesses)
        {
            if (core.Length > business.Length && core.EndsWith(business, StringComparison.Ordinal))
            {
                brand = core[..^business.Length];
                foreach (var s in shorts)
                {
                    aliases.Add(brand + s);
                }
                aliases.Add(brand + business[..2]);
                break;
            }
        }
        if (brand.EndsWith("厂", StringComparison.Ordinal) && brand.Length >= 3)
        {
            aliases.Add(brand[..^1]);
        }
        aliases.Add(brand);
        AddHeads(aliases, brand);
        // "兴和食品", "兴和" for 大洋兴和食品: a four-character brand is also called by its second half, with or without
        // its line.
        if (brand.Length == 4 && brand != core && !GenericHeads.Contains(brand[2..]) && !RegionPrefixes.Contains(brand[2..]))
        {
            aliases.Add(brand[2..]);
            aliases.Add(brand[2..] + core[brand.Length..]);
            aliases.Add(brand[2..] + core[brand.Length..Math.Min(core.Length, brand.Length + 2)]);
        }
        if (note is not null)
        {
            foreach (var part in note.Split(['+', '、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                aliases.Add(part);
                foreach (var (business, shorts) in Businesses.Where(b => part.EndsWith(b.Business, StringComparison.Ordinal)))
                {
                    foreach (var s in shorts)
                    {
                        aliases.Add(s);
                    }
                }
                AddHeads(aliases, part);
                // "动物酵解中心" is also "酵解中心": a note that starts with an ordinary word goes by the rest too.
                if (part.Length >= 5 && GenericHeads.Contains(part[..2]))
                {
                    aliases.Add(part[2..]);
                }
            }
        }
        return aliases.Where(a => a.Length >= 2).OrderByDescending(a => a.Length).ToList();
    }

    /// <summary>
    /// "船厂", "水泥厂": the plain word for a works of the enterprise's line, which a guide uses for the one they serve.
    /// Matched exactly only (a typo of a common word is not a name); two of the sender's in one line make it ambiguous,
    /// and that is asked about.
    /// </summary>
    public static IEnumerable<string> GenericFor(string fullName) =>
        GenericNames.Where(g => fullName.Contains(g.Line, StringComparison.Ordinal)).Select(g => g.Generic).Distinct();

    /// <summary>The first two and four characters of a longer name: "长宏国际" → "长宏", "中海石油舟山" → "中海石油".</summary>
    private static void AddHeads(HashSet<string> aliases, string name)
    {
        if (name.Length >= 3 && !GenericHeads.Contains(name[..2]))
        {
            aliases.Add(name[..2]);
        }
        if (name.Length >= 6)
        {
            aliases.Add(name[..4]);
        }
    }

    /// <summary>The registered name without the pairing table's bracketed note: "…填埋场处理有限公司(危险废物填埋场)" → "…有限公司".</summary>
    public static string RegisteredName(string fullName) => SplitNote(fullName).Base;

    private static (string Base, string? Note) SplitNote(string name)
    {
        var open = name.IndexOfAny(['(', '（']);
        return open > 0 && (name.EndsWith(')') || name.EndsWith('）')) ? (name[..open], name[(open + 1)..^1]) : (name, null);
    }

    private static string StripLegal(string name)
    {
        foreach (var suffix in LegalSuffixes)
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }
        return name;
    }

    private static string StripRegion(string name)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var prefix in RegionPrefixes)
            {
                if (name.Length > prefix.Length + 1 && name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    name = name[prefix.Length..];
                    changed = true;
                    break;
                }
            }
        }
        return name;
    }
}
