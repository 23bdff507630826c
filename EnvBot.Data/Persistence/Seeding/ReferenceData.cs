using EnvBot.Data.Domain.Pairings;

namespace EnvBot.Data.Persistence.Seeding;

/// <summary>The bureau's fixed reference data: its departments (DOMAIN.md §1 routing table) and pairing programmes (§2).</summary>
public static class ReferenceData
{
    public const string BureauCode = "zhoushan";
    public const string BureauName = "舟山市生态环境局";

    public const string GuideProgramme = "guide";
    public const string LiaisonProgramme = "shibaiqian";

    /// <summary>Short names exactly as the routing table and the dev set spell them, with the full names.</summary>
    public static readonly (string Name, string FullName, bool IsGeneral)[] Departments =
    [
        ("水处", "水生态环境处（海洋生态环境处）", false),
        ("大气处", "大气环境处", false),
        ("土壤处", "土壤生态环境处（固体废物与化学品、核与辐射）", false),
        ("综合处", "综合处", true),
        ("科监处", "科技与监测处", false),
        ("环评处", "环境影响评价与排放管理处", false),
        ("办公室", "办公室", false),
        ("执法支队", "生态环境保护综合行政执法支队", false),
        ("法规处", "法规与标准处", false),
    ];

    public static Programme[] Programmes() =>
    [
        new()
        {
            Code = GuideProgramme,
            Name = "定海区重点企业环保指导员",
            // Seed 000 §三.2: 每周至少一次电话沟通，每月至少一次企业现场指导.
            Rules =
            [
                new FrequencyRule { Period = FrequencyPeriod.Week, MinimumCount = 1, Channels = ["电话"], Description = "每周至少一次电话沟通" },
                new FrequencyRule { Period = FrequencyPeriod.Month, MinimumCount = 1, Channels = ["现场走访"], Description = "每月至少一次企业现场指导" },
            ],
        },
        new()
        {
            Code = LiaisonProgramme,
            Name = "环保服务企业“十百千”行动联络员",
            // Seed 001: 联络员每月至少一次主动服务（上门、电话或视频）.
            Rules =
            [
                new FrequencyRule { Period = FrequencyPeriod.Month, MinimumCount = 1, Channels = ["现场走访", "电话", "视频"], Description = "每月至少一次主动服务（上门、电话或视频）" },
            ],
        },
    ];
}
