using System.Globalization;
using EnvBot.Knowledge.Policy;
using Xunit.Abstractions;

namespace EnvBot.Knowledge.Tests.Policy;

[Collection(PolicyCollection.Name)]
public sealed class PolicyEvaluationTests(PolicyFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Evaluate_DevSet_MeetsRecallTargets()
    {
        var report = Run(PolicyFixture.SharedData("policy-qa/dev.jsonl"));
        Assert.Equal(80, report.Questions);
        Assert.True(report.RecallAt5 >= 0.93, $"recall@5 {report.RecallAt5:F3}");
        // Issue 6: recall@1 ≥ 0.70 (0.713, recall@5 0.963 with the vocabulary data and the intent factors in PolicySearch;
        // 0.738 before the pruning of eleven vocabulary lines, which gained 35 first places over the held-out sets).
        Assert.True(report.RecallAt1 >= 0.70, $"recall@1 {report.RecallAt1:F3}");
    }

    /// <summary>
    /// The held-out sets, each guarded at what it measures (a floor a little below). What they are:
    /// <list type="bullet">
    /// <item>heldout.jsonl (30): our own questions, phrased differently from dev; 0.600 / 0.933 before the vocabulary
    /// data and intent factors, 0.833 / 1.000 after.</item>
    /// <item>heldout-2 (46): written before any tuning against it; 0.478 / 0.804 at writing, 0.761 / 0.978 after.</item>
    /// <item>heldout-3 (27): very short, typos, English abbreviations (VOCs, EIA, COD); 0.444 / 0.704 at writing, 0.667
    /// / 0.926 after.</item>
    /// <item>heldout-4 (30), written blind — by someone who read DOMAIN.md, the issue and the corpus but not the search
    /// code, its vocabulary or the other sets: 0.633 / 0.833, MRR 0.696 untuned; 0.633 / 0.900 after vocabulary lines
    /// its misses (with set 5's) showed (拆掉, 汽修, 海滩, 个体户, 断水断电 …), 0.667 / 0.900 once a date question stopped
    /// preferring the bureau's own dates.</item>
    /// <item>heldout-5 (30), blind, many penalty and multi-article questions: 0.567 / 0.733, MRR 0.649 untuned; 0.733 /
    /// 0.867 after vocabulary and "按舟山的规定"/"浙江省的规定" naming the local regulations.</item>
    /// <item>heldout-6 (30), blind, kept untuned: 0.500 / 0.633, MRR 0.555. Its misses need meaning, not words (数据打架 →
    /// 监测数据 不一致, 批复里写的没做到 → 审批意见 落实, 炸礁 → 爆破).</item>
    /// <item>heldout-7 (40), blind, kept untuned: 0.525 / 0.875, MRR 0.670; 0.650 / 0.900 after the later changes made
    /// for sets 8–10 (none made for it). Set 6 likewise: 0.600 / 0.700 now.</item>
    /// <item>heldout-8 (40), blind, written after set 7's figures (penalties, marine, radiation, ozone, pre-Code
    /// conduct): 0.450 / 0.750, MRR 0.558 untuned; 0.475 / 0.800 after "最晚什么时候" read as a date question and six
    /// vocabulary lines (没起作用 → 不能正常发挥作用, 油性漆 → 高挥发性有机物含量, 空桶 → 容器 包装物 转作他用).</item>
    /// <item>heldout-9 (40), blind, short phone-typed questions on everyday matters: 0.575 / 0.850, MRR 0.672 untuned;
    /// 0.750 / 0.975 after nineteen vocabulary lines its misses showed (对不上 → 不一致, 停下来/大修 → 停运 检修, 普通货车 →
    /// 危险货物运输资质, 委托别人 → 受托方 主体资格, 查风 → 查封 …), which also moved the untuned sets 6 (recall@5 0.667 →
    /// 0.700) and 7 (0.550 / 0.875 → 0.575 / 0.900), none down.</item>
    /// <item>heldout-10 (40), blind, mixed lengths, laws named by short name and article: 0.700 / 0.775, MRR 0.727
    /// untuned. Its misses showed the vocabulary line 验收 → 竣工环境保护验收 matching the acceptance rule's title on every
    /// article (so no 验收 question reached 条例第十八条 on 分期验收); dropping it moved sets 2, 3, 6, 7, 9 and 10 up and
    /// set 8 recall@5 one question down (0.800 → 0.775). With ten lines more (按哪个类别, 出省/运到江苏, 收购 → 承继,
    /// 船舶垃圾 → 船舶污染物): 0.775 / 0.875.</item>
    /// <item>Then every vocabulary line was taken out one at a time over dev and sets 1–5 and 8–10 (never 6 or 7): lines
    /// that name a topic rather than say the same thing (储罐 → 突发环境事件, 油漆/喷漆 → 挥发性有机物, 要交 → 缴纳 报送,
    /// 环保局 → 生态环境主管部门, 边生产 → 竣工环境保护验收, 浮球 → 海洋垃圾) pulled whole documents up; without them no set
    /// is worse and the untuned set 7 rose to 0.650 / 0.900, set 8 to 0.550 / 0.825, set 10 to 0.800 / 0.900.</item>
    /// <item>heldout-11 (40), blind, written after that: 0.500 / 0.775, MRR 0.613 untuned; 0.525 / 0.825 after six lines
    /// two writers' misses shared (冷却塔/风机 → 社会生活噪声, 味道很大 → 恶臭气体, 没列 → 未作规定), which also moved set 6
    /// (0.567 → 0.600) and set 8 (0.550 → 0.575).</item>
    /// <item>heldout-12 (40), blind, written after all of the above and <b>kept untuned</b>: 0.425 / 0.800, MRR 0.557.</item>
    /// <item>heldout-13 (40), blind, written at the start of the next stop: 0.550 / 0.750, MRR 0.642 untuned; 0.575 /
    /// 0.800 after five lines (停掉 → 停运, 接收业务 → 接收服务, 整改好 → 改正情况, 丢了 → 丢失 被盗, 当原料 → 综合利用); no
    /// other set moved. Its other misses are ranking within the right document (初报 "要写哪些内容" → 第十四条 before
    /// 第十三条) or need meaning (a plant closing down with chemicals left → 危险化学品 处置).</item>
    /// <item>heldout-14 (40), blind, written after those lines by a writer asked for more trades (clinics, auto repair,
    /// restaurants) and more situations to map to the law, and <b>kept untuned</b> — the latest honest figure: 0.350 /
    /// 0.675, MRR 0.480.</item>
    /// <item>heldout-15 (40), blind, a third one-liners: 0.650 / 0.775, MRR 0.707 untuned; 0.650 / 0.800 after three
    /// lines (停几天 → 停运, 偷偷开 → 擅自恢复生产, 找不到了 → 丢失 被盗) and 围油栏 as a word; no other set moved. Its
    /// other misses rank the right document's wrong article (按日连续处罚 "复查时已经停产" → 第十二条 is seventh).</item>
    /// <item>heldout-16 (40), blind, written like the dev set after every fix of this stop and <b>kept untuned</b> — the
    /// latest honest figure: 0.625 / 0.775, MRR 0.678.</item>
    /// <item>Then <c>eval policy-vocabulary</c> (each vocabulary line taken out in turn) over dev and the tuned sets
    /// only: 资质 → 经营许可证 许可证 names a topic (a transport or monitoring 资质 is no 经营许可证); without it set 11
    /// recall@5 0.825 → 0.850, set 15 0.800 → 0.825, and the untuned set 14 0.675 → 0.700; none worse.</item>
    /// <item>heldout-17 (40), blind, written after that and asked for many questions on online monitoring and on what
    /// the boss answers for, to settle two lines the command flagged only on untuned sets (在线监测 → 自动监测设备,
    /// 老板 → 直接负责的主管人员): 0.625 / 0.900, MRR 0.741 untuned; without the first line one first place fewer,
    /// without the second no change — both stay. Kept untuned.</item>
    /// <item>heldout-18 (40), blind, asked to spread over many documents (35 files, the small departmental rules too)
    /// and to ask for a specific deadline, amount or body: 0.575 / 0.725, MRR 0.633 untuned. heldout-19 (40), blind,
    /// penalties, changes (搬迁, 停产, 关闭) and records, "隔壁厂被罚了…" voices: 0.525 / 0.800, MRR 0.635 untuned. Eight
    /// vocabulary lines from them (备按 → 备案, 没人住 → 无居民海岛, 关掉 → 停运, 强制审 → 强制性清洁生产审核, 一把火 → 露天焚烧,
    /// 撕了 → 擅自损毁 封条, 实时出数 → 自动监测, 信用记录 → 信用监管): set 18 0.650 / 0.775, set 19 0.525 / 0.825, no other
    /// set worse (清淤 → 疏浚物 was tried and dropped: set 5 lost a first place). Most of their misses are a marine
    /// document the question never names (海底输油管道 → 海洋工程 regulation, a guesthouse on 枸杞岛 → the special marine
    /// protected area rules) or the right document's wrong article.</item>
    /// <item>heldout-20 (40), blind, written like the dev set (a realistic mix of topics over 29 files) after every fix
    /// of this stop: 0.525 / 0.875, MRR 0.661. Its misses were read; two general ranking changes tried on them (heading
    /// weight 0.2 → 0.35; Zhoushan's own rules ×1.2) lost more than they gained over all sets and were dropped.</item>
    /// <item>heldout-21 (40), blind, written like the dev set over 26 files, measured last and <b>kept untuned</b> — the
    /// latest honest figure: 0.600 / 0.850, MRR 0.695.</item>
    /// <item>heldout-22 (40), blind, written at the next stop over 37 files with Zhoushan places and typos, measured
    /// before any change: 0.650 / 0.825, MRR 0.733. Then four typo lines (倾到, 杨尘, 连单 → 倾倒, 扬尘, 联单) and 不见了 →
    /// 丢失 被盗: 0.650 / 0.875, no other set worse (放射原 → 放射源 was tried and dropped: it sends "放射源被偷了" to the
    /// regulation's definitions, held-out 10 lost a first place). Zhoushan's own rules ×1.5 when a Zhoushan place is
    /// named was tried and dropped too: +5 top-5 over all sets but no first place gained, and three sets lost one.</item>
    /// <item>heldout-23 (40), blind, written by askers of seven trades (a seafood plant's clerk, a shipyard's safety
    /// officer, an island hotel …) over 40 files, measured after every change of that stop and <b>kept untuned</b> — the
    /// latest honest figure: 0.525 / 0.825, MRR 0.659.</item>
    /// <item>heldout-24 (40), blind, written at the next stop over the whole corpus (Zhoushan islands, ships, radiation,
    /// hazardous-waste licences): untuned 0.600 / 0.800, MRR 0.698. Then eight vocabulary lines — 轮渡/客船/跟客人一起 →
    /// 旅客 同一运输工具 载运 (set 23 asked the same of a hotel's medical waste), 多久来检查 → 例行检查, 打招呼 → 事先通知,
    /// 异地使用/外地干活 → 转移到外省 使用地 — and a named repealed article with "不是已经废止了吗，现在按哪条" ranked like a
    /// penalty question (the Code's article and the repeal clause first): 0.675 / 0.875; sets 5, 6, 17, 23 one first
    /// place up, sets 18 and 23 one top-5 up, none worse. (Before it, a learned linear re-rank over 30 ranking features and
    /// down-weighting the background sentences of long questions were tried on all sets and dropped: +0.4 and +0.3
    /// points recall@1 in leave-one-set-out figures, within noise.)</item>
    /// <item>heldout-25 (40), blind, written after every change of that stop and <b>kept untuned</b> — the latest honest
    /// figure: 0.525 / 0.825, MRR 0.633. Its confidence levels: High 10 (all 10 right first), Medium 22 (9), Low 8 (2).</item>
    /// <item>heldout-26 (40), blind, written at the next stop over 31 files, marine-heavy (ozone-depleting substances,
    /// ship-breaking, ocean dumping, islands, wetlands, Zhoushan's port rules), 14 of 40 hard. Untuned: 0.500 / 0.675,
    /// MRR 0.577. Its misses were words: 冷媒/R22/加氟/冷冻机组 → 制冷剂 消耗臭氧层物质 制冷设备, 放空 → 排放, 拆船 → 船舶拆解,
    /// 油轮 → 油船, 外海 → 倾倒 管辖海域, 炸掉/炸礁/开炸 → 爆破, 剩菜剩饭/泔水 → 厨余垃圾, 喂猪 → 饲喂畜禽, 连带 → 连带责任
    /// 委托他人, 找不着 → 丢失, 不良记录 → 信用修复: 0.625 / 0.800, MRR 0.709; sets 6, 8, 22, 23 one first place up,
    /// sets 6 and 18 one top-5 up, none worse. Tried and dropped: 分局 → 派出机构 (+3 first places, −4: "分局来检查" is
    /// common and rarely about who may penalise) and 清淤/淤泥 → 疏浚物 (−1 in set 5, nothing gained).</item>
    /// <item>heldout-27 (40), blind, written at the same stop over 24 files, measured after set 26's lines, untouched:
    /// 0.575 / 0.725, MRR 0.633 (High 8 with 6 right first, Medium 26 with 16, Low 6 with 1). Two of its questions were
    /// set 26's again in other words (an EIA project in two catalogue categories; "不良记录能消掉吗" after a fine). Then: a
    /// fine told as background ("被罚过一次，罚款早交了") no longer makes a penalty question; 两个类别 → 两个及以上项目类别
    /// 单项等级最高, 上船收 → 船舶污染物 接收 备案, 转过来 → 转让 出借, 化验室/废试剂 → 实验室固体废物: 0.625 / 0.800, MRR 0.691;
    /// set 23 one first place up, sets 10, 13, 14, 16, 26 one top-5 up, none worse. 溶剂型 → 低挥发性有机物含量 was tried
    /// and dropped (+2 first places, −4: most who say 溶剂型 are changing an approved project).</item>
    /// <item>heldout-28 (40), blind, written at the same stop by askers of eight trades (EHS officer, workshop owner,
    /// restaurant, site manager, port, fishery, clinic, developer), measured after set 27's changes, untouched: 0.425 /
    /// 0.650, MRR 0.523 (High 6 with 4 right first, Medium 15 with 8, Low 19 with 5). A third writer asked the
    /// two-category EIA question ("一个只要填登记表、一个要做报告表，按哪个来做"). Then: 一个要做/一个只要 → 两个及以上项目类别,
    /// 包给 → 委托他人, 减产 → 限制生产, 恢复生产 → 解除 整改任务完成, 一天一天 → 按日连续处罚, 单据 → 单证, 牙片机 → 射线装置,
    /// 报废不用 → 注销: 0.425 / 0.750, MRR 0.571 (the right articles come up to 2nd–3rd); sets 14, 18, 24, 26 one first
    /// place up, none worse ("不用了" → 注销 cost dev one).</item>
    /// <item>heldout-29 (40), blind, written at the same stop like the dev set, measured after set 28's lines, untouched —
    /// the latest honest figure: 0.600 / 0.725, MRR 0.644 (High 12 with 11 right first, Medium 23 with 13, Low 5 with
    /// none). The two-category EIA question came a fourth time ("机加工那块做报告表…电镀那块要做报告书，整个项目按哪个做").
    /// Then: 按哪个做 → 两个及以上项目类别, 说臭/味道 → 恶臭, 装过废 → 包装物 转作他用 消除污染, 挨着堆/堆在一起 → 混合
    /// 不相容, 放一堆 → 混入, 挪 → 擅自移动, 带病运行/布袋破 → 不正常运行, 关掉 → 停止运行: 0.700 / 0.850, MRR 0.751; no
    /// other set moved.</item>
    /// <item>heldout-30 (40), blind, written at the end of the same stop and measured after every change of it,
    /// untouched: 0.450 / 0.725, MRR 0.565 (High 10 with 6 right first, Medium 18 with 7, Low 12 with 5); most of its
    /// misses have the right article 2nd–10th. Then: 过户 → 转让 出借, 兑水 → 稀释, 漏掉了 → 遗漏 重大缺陷, 油到海里/渗油 →
    /// 溢油 污染事故 报告, 运出浙江 → 转移出省: 0.450 / 0.775, MRR 0.575; set 21 one top-5 up, none worse.</item>
    /// <item>heldout-31 (40), blind, written last at the same stop and measured after every change of it, <b>kept
    /// untuned</b> — the latest honest figure: 0.650 / 0.875, MRR 0.752 (High 12 with 10 right first, Medium 23 with 12,
    /// Low 5 with 4).</item>
    /// <item>heldout-32 and -33 (40 each), blind, written by two helpers at the start of the next stop (one as
    /// small-business managers telling their case, one as a window's mix of specialists, bosses and clerks, typos and
    /// voice input). Untouched: 0.450 / 0.700, MRR 0.546 and 0.600 / 0.825, MRR 0.685. The two writers, reading the corpus
    /// apart, asked four of the same things (露天拍片, how often the 在线监测 is inspected, running at night under a
    /// stop-production order, 鱼粉 odour). Then: 测剂量/剂量牌 → 个人剂量监测, 露天拍/现场拍片 → 室外 野外 安全防护区域, 不干了/准备关门
    /// → 停产 停业 解散 终止, 含石棉/含铅 → 有害材料清单, 小油驳 → 船舶污染物 接收单位 (not 加油驳船), 浮球/网衣 → 养殖 废弃物,
    /// 装别的 → 转作他用, 尾气 → 流动污染源, 多久会来/检查一次 → 例行检查, 提前通知 → 事先通知, 主动报 → 报告改正情况,
    /// 一次性的东西 → 宾馆 减少使用, 辞退/开除 → 解除劳动合同 举报人, 火炬 → 可燃性气体, 胶水 → 胶粘剂, 指定的 → 指定 环评单位:
    /// 0.575 / 0.850 and 0.725 / 0.900; sets 13, 14, 19, 21, 24, 25, 27, 28, 30 and 6 one up each, none worse.</item>
    /// <item>heldout-34 (40), blind, written next at the same stop (tourism, islands, ports, clinics, sites). Untouched:
    /// 0.450 / 0.700, MRR 0.545. A third writer asked about a pipe straight into the sea and a second about the island
    /// clinic's medical waste and the private reception of ship waste. Then: typos 医费, 许可正, 公式牌; 接收的业务 → 接收服务
    /// 备案, 船舶垃圾 → 船舶污染物, 钓鱼 → 海钓, 铺一根管子 → 入海排污口, 客轮 → 旅客 同一运输工具, 冲滩 → 船舶拆解, 栈桥 →
    /// 海洋工程, 流到海里 → 海洋环境 事故 报告, 下属的 → 事业单位 编制单位, 借给/转给他们用 → 出租 出借 转让, 休渔期 → 停产,
    /// 碎砖/混凝土块 → 建筑垃圾, 改了名字/法人也换了 → 变更: 0.500 / 0.825; sets 12, 14, 26, 28 one up, none worse
    /// (排到海里 → 入海排污口 and 埋根管子 were dropped: they pulled outfall articles over the hotel-sewage and protected-area
    /// ones of sets 23 and 33).</item>
    /// <item>heldout-35 (40), blind, written last at the same stop and measured after every change of it, <b>kept
    /// untuned</b> — the latest honest figure: 0.500 / 0.750, MRR 0.594 (0.775 at 5 since the 放射源 line went, below).</item>
    /// <item>heldout-36 and -37 (40 each), blind, written by two helpers at the start of the next stop (one as managers of
    /// Zhoushan's shipyards, fish plants, hotels and islands; one spread over the less-asked documents, with typos).
    /// Untouched: 0.600 / 0.875, MRR 0.721 and 0.475 / 0.725, MRR 0.579. Both asked about a lost radioactive source, a
    /// chemical plant closing and the cleaner-production audit report. Then: typos 放射原, 名路; 外地 → 外省 异地, 熔炼 → 冶炼,
    /// 废钢回收 → 废旧金属 (not 废钢, which caught 废钢砂), 失信 → 失信行为 信用记录, 消掉 → 消除 修复, 废塑料/洋垃圾 → 固体废物,
    /// 助剂 → 化学物质, 新的化学品 → 新化学物质 登记, 滩涂 → 岸滩, 无人小岛 → 无居民海岛, 露营 → 旅游, 接收船舶 → 船舶污染物
    /// 接收服务; and the line 放射源 → 放射性同位素 went (it pulled the radiation regulation's long licence articles over the
    /// code's lost-source articles; without it no set is worse and sets 11, 12, 23, 25, 29, 31, 35 gain at 5): set 36 unchanged,
    /// set 37 0.550 / 0.825; sets 26, 27, 30 one up at 1.</item>
    /// <item>Then the vocabulary was pruned by its own ablation (<c>eval policy-vocabulary</c> over dev and all held-out
    /// sets, 1,513 questions): lines whose removal gained first places with no set losing one — 探伤 → 射线装置, 医院/卫生院
    /// → 医疗卫生机构, 工地 → 施工 建设单位, 扔海里 → 海域 倾倒, 处置公司 → 经营单位, 渔船 → 渔业船舶, and 测厚仪/料位计 keep only
    /// 放射源 — then the four with the largest net gain although a set lost one (在线监测 → 自动监测设备, already reached
    /// through 在线; 诊所 → 医疗卫生机构 医疗废物; 联单 → 转移联单; 老板 → 直接负责的主管人员, put back and measured worse).
    /// Over all sets 956 → 995 first and 1,320 → 1,346 in the top 5; dev 0.738 → 0.713 at 1 (two), set 19 0.825 → 0.775
    /// at 5 (two; it gains two first places). Expansion words weighing less than the question's own (0.8, 0.6) and BM25 b
    /// 0.6 / 0.9 were measured and lost. Every figure above is after this; no set is untouched any more.</item>
    /// <item>heldout-38 (40), blind, written during the pruning and measured after it, untouched: 0.600 / 0.825, MRR 0.687
    /// (0.600 / 0.800, MRR 0.674 with the vocabulary before the pruning — the pruning did not cost an unseen set). Five of
    /// its questions had been asked by earlier writers in other words (dredged mud at sea, 鱼粉 odour, a lost source, γ
    /// radiography in another province, the island clinic's medical waste by boat). Then: typo 后平价; 船运/用船运 → 水路运输,
    /// 数据打架/以谁为准 → 监测数据 判定, 喇叭 → 高音广播喇叭, 上海 → 外省, 拼车/凑一辆车 → 车次 转移联单, 臭气 → 恶臭: 0.675 /
    /// 0.900; sets 6, 14, 18, 30, 35 one or two up, none worse (清淤/淤泥 → 疏浚物 was dropped: it put the article on dredging
    /// works over the dumping permit in five sets that ask that).</item>
    /// <item>heldout-39 (40), blind, written last at the same stop (everyday duties more than exotic cases) and measured
    /// after every change of it, <b>kept untuned</b> — the latest honest figure: 0.525 / 0.775, MRR 0.614 (the session's
    /// first build: 0.500 / 0.775, MRR 0.598).</item>
    /// <item>heldout-40..41 (40 each), blind, written at the first 2026-11-27 evening stop (40: the whole corpus, islands,
    /// ships, chemicals; 41: five askers from an EHS manager to a restaurant owner, typos and homophones), measured untouched:
    /// 0.625 / 0.825, MRR 0.709 and 0.625 / 0.800, MRR 0.695. Then: typos 味到, 投述, 旁路伐, 伐门, 拘流, 个体护, 报被; 旁路阀 →
    /// 应急排放通道, 通到海里 → 入海排污口, 排水口 → 排污口; 饭店/小炒店 → 餐饮服务, 排烟管 → 专用烟道, 民宿/渔家乐/农家乐,
    /// 钱不够 → 财产不足以支付, 先付 → 优先, 回炉 → 冶炼, 二级保护区 → 饮用水水源 二级保护区 (排到海里, bare 旁路 and 水库 were
    /// measured and dropped: they cost sets 10, 13, 16, 23, 33).</item>
    /// <item>heldout-42..43 (40 each), blind, same stop, written after those lines and measured untouched: 0.600 / 0.750, MRR
    /// 0.657 (everyday duties) and 0.425 / 0.725, MRR 0.533 (Zhoushan trades on a phone). Then: 周边居民/附近居民/周边小区 →
    /// 附近住户 (the island law's 有居民海岛 and 周边海域 took odour complaints), typos 被案, 连单, 压虑, 小宾馆, 下脚料.</item>
    /// <item>heldout-44 (40), blind, written last at that stop and measured untouched — the latest honest figure: 0.475 /
    /// 0.825, MRR 0.609. Then 收废品 → 委托他人 受托方 主体资格, 运维公司 → 生态环境技术服务机构, 原来的环评 → 重新报批:
    /// 0.500 / 0.850. Questions asked by three or more writers in other words (a fish-meal plant's odour and its fine; a
    /// discharge pipe to the sea; the third-party operator's false data) still rank the penalty article or a neighbour first.</item>
    /// <item>heldout-45 (40), blind, written last at that stop and measured untouched — the latest honest figure: 0.500 /
    /// 0.925, MRR 0.682. Then a question asking the duty and the penalty together ("法典对恶臭有什么要求？被查到会罚多少？", the
    /// fish-meal odour asked by a fifth writer) favours neither kind of article, and "一开工" (once we run) is not 开工
    /// (construction): 0.500 / 0.950; sets 32, 36 one more top-5 hit, set 43 one more first — and set 15 one first fewer
    /// (v1519, which asks both about handing waste to a carrier, now has the carrier article third); kept for the net gain.</item>
    /// <item>heldout-46 (40), blind, written after all of the above and measured untouched — the latest honest figure:
    /// 0.625 / 0.825, MRR 0.710. Then typos 报高 (报告), 处发 (处罚): 0.650 / 0.850. A fourth writer asks who is fined
    /// when the outsourced operator's data are false, a fourth how much an 一般 incident costs the company and its manager:
    /// both still rank a neighbouring article first.</item>
    /// <item>heldout-47 (40), blind, written at the second 2026-11-27 evening stop after all of the above and measured untouched —
    /// the latest honest figure: 0.500 / 0.800, MRR 0.623. Then "转让之前我们得先做什么？不做会怎样？" asks the duty beside
    /// the penalty: 0.550 / 0.800 (set 33 one more first). A sixth writer asks the fish-meal odour duty with the fine, and
    /// it still misses the top 5; a second asks the daily penalty while production is stopped.</item>
    /// <item>heldout-48 (40), blind, written after all of the above and measured untouched — the latest honest figure:
    /// 0.675 / 0.825, MRR 0.733. Then 芦苇/滩地 → 湿地, 填平 → 填埋 (a reed bank filled for a yard): 0.675 / 0.850, set 43 one
    /// more top-5 hit. A third writer asks what a company collecting ships' garbage must register, and the national
    /// regulation's penalty article still ranks above Zhoushan's registration article.</item>
    /// <item>heldout-49..50 (40 each), blind, written at the 2026-11-27 night session before any of its changes and measured
    /// untouched — the latest honest figures: 0.575 / 0.800, MRR 0.671 (49: situations that share few words with the law)
    /// and 0.675 / 0.900, MRR 0.763 (50: short and long, duty, penalty and procedure). Then the list items of an article are
    /// scored as passages of their own (<c>PolicySearch.Items.cs</c>): over all 2,033 questions recall@1 0.647 → 0.655,
    /// recall@5 0.883 → 0.887 — 21 sets gain a first, 8 lose one (sets 1, 5, 9, 26, 27, 32, 44, 47; floors lowered to
    /// what they measure): 0.575 / 0.800 and 0.725 / 0.900. A seventh writer asks the fish-meal odour duty with the fine:
    /// the penalty item (法典第1130条（八）) now reaches the top 10, the duty (第249条) stays fifth, neither first.</item>
    /// <item>heldout-51 (40), blind, written at the end of that session after all of its changes and measured untouched,
    /// <b>kept untuned</b> — the latest honest figure: 0.625 / 0.825, MRR 0.704 (ten trades of Zhoushan; its ten
    /// high-confidence answers all right first). An eighth writer asks the fish-meal odour duty and fine: still not in the
    /// top 10.</item>
    /// <item>heldout-52 (40), blind, written at the start of session 17 and measured untouched — the latest honest figure:
    /// 0.675 / 0.925, MRR 0.784. A ninth writer asks the fish-meal odour duty and fine ("烘干的时候味道比较大…对这种臭味到底
    /// 有什么要求？"): the duty 法典第249条 tenth. Then the chat words for a smell (臭味, 味道, 气味) are read as the law's 恶臭 /
    /// 恶臭气体 instead of 异味 — 异味 is the word of the catering, dry-cleaning and car-repair articles, 恶臭 of odour from
    /// production: over all 2,113 questions recall@1 0.654 → 0.659, recall@5 0.886 → 0.893, 21 questions gain (19 of them
    /// the fish-meal odour, asked by that many writers), one loses a place (y2807, 3 → 4): 0.700 / 0.950. Then "拉到海上倒了", "倒到海里", "倒进海" are dumping at sea
    /// (海域 倾倒 废弃物): 0.725 / 0.975, set 48 one more first; "清淤" as 疏浚物 was measured and dropped (seven harbour-dredging
    /// questions lost their first place).</item>
    /// <item>Then, over every set, the clauses that ask weigh more than the situation told around them
    /// (<c>PolicySearch.Background.cs</c>): over all 2,113 questions recall@1 0.660 → 0.678, recall@5 0.894 → 0.899 (dev
    /// unchanged at 0.725 / 0.963, MRR 0.809 → 0.821); 30 sets gain first places, 13 lose some (most: set 27, five, where
    /// the situation names the thing and the question only asks "还要留几年？", "有没有什么限制？"). Every floor is set to
    /// what its set measures after this.</item>
    /// <item>heldout-53 (40), blind, written during session 17 and measured untouched after all of its other changes — an
    /// honest figure: 0.700 / 0.850, MRR 0.768 (its thirteen high-confidence answers all right
    /// first). What it shows of the new weighting: when the situation carries the subject and the asking clause only
    /// the procedure ("…想运到海上倾倒区倾倒。请问需要办理什么许可、向哪个部门申请？"), the procedure words win (y5316, the
    /// dumping permit seventh). Then, as general chat words: 伽马源 / γ源 / 探伤源 are 放射源, 养猪场 / 养鸡场 a 畜禽养殖场,
    /// 粪污 畜禽养殖废弃物, 还田 综合利用: 0.750 / 0.875, set 31 one more first; no question lower. (喷漆 as 涂装 +
    /// 挥发性有机物 was measured and dropped: the car-repair questions want the article on 机动车维修, eight lost a place.)</item>
    /// <item>heldout-54 (40), blind, written at the end of session 17 and measured untouched after all of its changes,
    /// <b>kept untuned</b> — the latest honest figure: 0.625 / 0.900, MRR 0.745 (its answers spread over 37 of the 54
    /// documents, the Code first gold in only five).</item>
    /// <item>heldout-55 (40), blind, written at the start of session 18 and measured untouched — the latest honest figure:
    /// 0.525 / 0.825, MRR 0.646 (its writer leaned on the Zhoushan and Zhejiang marine regulations, 37 documents, and
    /// wrote five questions whose answer overrides an older text). Then general chat words from its misses: 要关门 /
    /// 关门了 is 停产 停业, 住宅小区 / 改成住宅 a change of use to 居住, 拆厂房 拆除建筑物, 大排档 / 小吃店 / 烧烤店 餐饮服务:
    /// 0.575 / 0.875, set 25 one question into the top five; no question lower. Measured and dropped: 丢海里 / 扔海里 as
    /// dumping (eight aquaculture questions want Zhejiang's rule on 养殖废弃物 and lost places), 东极 / 花鸟岛 as the
    /// protected areas they lie in (one up, one down).</item>
    /// <item>heldout-56 (40), blind, written during session 18 as enterprises' everyday obligations (permits, EIA,
    /// monitoring, hazardous waste, tax, disclosure, penalties) and measured untouched — the latest honest figure:
    /// 0.525 / 0.825, MRR 0.638 (27 documents). Then 清算 as 解散 停产 停业: 0.550 / 0.850; no question of any set lower.
    /// Measured and dropped: 探伤机 / 铱-192 as 放射源 (eight questions on lost or licensed sources lost their place),
    /// 交一次 as 频次 (no change: "按季度" still finds the tax law's quarterly filing before the permit's 执行报告).</item>
    /// <item>heldout-57 (40), blind, written during session 18, half of it short phone questions ("冲滩拆船现在还让搞吗"),
    /// and measured untouched after all the changes above — the latest honest figure: 0.525 / 0.800, MRR 0.639. Then chat
    /// words from its misses: 渔排 is 鱼排 (海水养殖 网箱), 关掉了 停产 停业, 二手 / 修好了再卖 再利用, 查一次 例行检查, 海钓要办证
    /// the protected areas' 海钓许可: 0.600 / 0.925; sets 18, 31, 38, 48 one question higher each, none lower. (液氨 as
    /// 危险化学品 was measured and dropped: a cold store's emergency-training question lost its article.)</item>
    /// <item>heldout-58 (40), blind, written at the end of session 18 like the dev set and measured untouched after every
    /// change of that session: 0.625 / 0.850, MRR 0.718 (37 documents; its eight high-confidence answers seven right
    /// first). Tuned on in session 19, with the lines below: 0.650 / 0.875.</item>
    /// <item>heldout-59 (40), blind, written at the start of session 19 (everyday duties managers forget: 台账, 标识, deadlines,
    /// changes of name or owner, stopping production, shared facilities) and measured untouched: 0.575 / 0.825, MRR 0.689.
    /// Then chat words from its misses and heldout-58's: 船上的 is 船舶, 一般工业固废 工业固体废物, 点火烧 露天焚烧, 电子屏 a
    /// 广告屏 and 光污染: 0.575 / 0.875, MRR 0.711; eight questions of other sets higher, one lower (y3401 2 → 3). A bare
    /// 船上 was measured and narrowed: it took a sand wharf's "船上卸货" question out of the top five.</item>
    /// <item>heldout-60 (40), blind, written at the start of session 19 (every topic, a third typed on a phone, named
    /// articles, loose words for the legal ones) and measured untouched after every change of the session, <b>kept
    /// untuned</b>: 0.600 / 0.825, MRR 0.700.</item>
    /// <item>heldout-61 (40), blind, written during session 19 (ship repair, seafood, port, petrochemical, building
    /// materials, small workshops; typos) and measured untouched after every change of the session but the last line
    /// (x射线 = 射线装置, which moved none of its questions), <b>kept untuned</b> — the latest honest figure: 0.475 / 0.850,
    /// MRR 0.606 (a shipyard's X-ray question ranks the marine rules first; a remote island's open burning ranks the
    /// island law first).</item>
    /// <item>heldout-62 (40), blind, written at the start of session 20 (short phone questions, long backgrounds, chat words,
    /// typos, named articles) and measured untouched: 0.625 / 0.925, MRR 0.745. Then "个人剂量" kept from adding 个人's
    /// liability words (kind add!), 垃圾桶 = 生活垃圾收集设施, 石头 = 采石: 0.675 / 0.950, MRR 0.790; four questions of
    /// other sets higher, none lower. Measured and not taken: 渔船 = 船舶 (heldout-61's bunker-barge question out of the
    /// top five), and every listed phrase hiding the shorter ones inside it (r1 +7, r5 +14 over 2,473 questions, but
    /// eighty questions moved either way — "怎么罚" hid 罚's 处罚, "危废仓库" hid 危险废物).</item>
    /// <item>heldout-63 (40), blind, written during session 20 by five askers (an environmental officer's edge cases, an
    /// owner with no legal words — "拉到后山沟里倒了", "剖鱼洗鱼的水" —, someone just penalised, someone planning, someone
    /// citing an article, sometimes by the wrong number or a repealed law) and measured untouched after every change of
    /// session 20, kept untuned then: 0.450 / 0.825, MRR 0.608 (the owner's everyday words find nothing for four of
    /// eight). Session 21 worked from its misses, by rules that hold for any question: the Code's counterpart of a
    /// repealed article asked for ("法典施行后这条对应的是哪一条"), an article number misremembered ("第十七条是不是规定3月15日前"
    /// — 第十九条 says it), 没找到 = 未作规定, and where a procedure is done ("去哪里审批"): 0.625 / 0.825, MRR 0.705.</item>
    /// <item>heldout-64 (40), blind, written at the start of session 21 (coastal trades, everyday words, named articles, a
    /// repealed law cited for present conduct) and measured untouched after the session's first changes: 0.625 / 0.850,
    /// MRR 0.722. Then 汽笛/鸣笛 = 声响装置, 监测站 = 监测设施: 0.675 / 0.900.</item>
    /// <item>heldout-65 (40), blind, written during session 21 by seven kinds of asker (workshop owners with no legal
    /// words, an environmental officer, a shipyard, fish processing, a building site, residents, someone citing articles;
    /// typos, very short questions, two questions in one), measured untouched after every change of the session and
    /// <b>kept untuned</b>: 0.575 / 0.875, MRR 0.715.</item>
    /// <item>heldout-66 (40), blind, written at the start of session 22 over 33 documents (ozone, ship-breaking, ocean
    /// dumping, islands, the Zhoushan rules; 14 hard) and measured untouched: 0.650 / 0.900, MRR 0.748. Then 强审 =
    /// 强制性清洁生产审核, 站房 = 自动监控设施: 0.650 / 0.925.</item>
    /// <item>heldout-67 (40), blind, written beside it by five askers with no legal words (a fish-meal plant, a fish
    /// farmer, a ship-repair yard, a family factory, a clerk; four trap questions naming a wrong article or a repealed
    /// law), measured untouched: 0.600 / 0.850, MRR 0.704. Then an article number only heard of ("听说…第十八条") gives
    /// way to the one the question describes, and 切削液 / 倒在一起 = 危险废物 混入 非危险废物: 0.650 / 0.875.</item>
    /// <item>heldout-68 (40), blind, written during session 22 by environmental officers of eight Zhoushan trades (daily
    /// duties, deadlines, penalties, 28 documents; 12 hard), measured untouched after every change of the session and
    /// <b>kept untuned</b>: 0.700 / 0.875, MRR 0.775.</item>
    /// <item>heldout-69 (40), blind, written last in session 22 as phone-typed questions (half under 25 characters,
    /// everyday words, typos, who / how long / how much, what the Code changed), measured untouched after every other
    /// change of the session: 0.650 / 0.825, MRR 0.720. Then 炉查 → 炉渣, 路天 → 露天, 海里倒 = 海域 倾倒: 0.675 / 0.875.</item>
    /// <item>heldout-70 (40), blind, written in session 23 by a writer told to range over the whole corpus (29 documents; 14
    /// hard, two about conduct before the Code), measured untouched: <b>0.700 / 0.900, MRR 0.784</b>. Then the protected
    /// areas naming their regulation and the mariculture words (养殖垃圾, 破网, 死鱼, 网箱养): 0.725 / 0.950.</item>
    /// <item>heldout-71 (40), blind, written during session 23 as the consultation day's lay askers (a relative, a clerk,
    /// a new safety officer, a boat owner, a quarry foreman; 14 rumours "听说…", 35 documents), measured untouched after
    /// the session's other changes and <b>kept untuned</b>: 0.425 / 0.775, MRR 0.578 — the lowest of the recent sets.
    /// Measured and not taken: 诊所 → 医疗卫生机构 (two island clinics lost their first place).</item>
    /// <item>heldout-72 (40), blind, written in session 24 as an enterprise's environmental manager types (33 documents,
    /// a third answered by an article the words do not point to), measured untouched: <b>0.625 / 0.875, MRR 0.736</b>.
    /// Then 横跨 / 两个区 / 跨区 = 涉及多个行政区域 and 封了 / 封掉 = 查封 扣押: 0.650 / 0.900.</item>
    /// <item>heldout-73 (40), blind, written during session 24 like the dev set, every question asking for a number — a
    /// deadline, a frequency, how long records are kept, a fine, a threshold — over 30 documents, four where two texts
    /// differ; measured untouched after the session's policy changes and <b>kept untuned</b>: 0.725 / 0.875, MRR 0.807.</item>
    /// <item>heldout-74 (40), blind, written last in session 24 like the dev set by Zhoushan's trades (ship repair, fishmeal,
    /// terminals, petrochemicals, incineration, sewage, quarries, dyeing, island hotels; 29 documents), measured untouched
    /// and <b>kept untuned</b>: 0.625 / 0.850, MRR 0.727.</item>
    /// <item>heldout-75 (40), blind, written in session 25 as small businesses ask in their own words (a fish-gutting
    /// workshop, a noodle shop, an island clinic, a hardware shop, a boat owner; 28 documents), measured untouched:
    /// <b>0.350 / 0.550, MRR 0.437</b>. Then their words read as the statutes' (天那水, 旧氟, 发快递, 海涂, 烟道, X光机,
    /// 埋管子, 旧冰箱, 客运船, 绕过, 攒一个礼拜): 0.425 / 0.700.</item>
    /// <item>heldout-76 (40), blind, written in session 25 as residents and one-person businesses ask (a neighbour's
    /// renovation, straw burning, a drinking-water pond, a protected sea area; 22 documents), measured untouched after
    /// set 75's words: <b>0.350 / 0.525, MRR 0.431</b>. Then 稻草, 禁养, 电钻, 凿沉, 针管, 黑油, 摸海参, 马鞍列岛, and
    /// "礁石上海钓" not read as 上海: 0.450 / 0.675.</item>
    /// <item>heldout-77 (40), blind, written last in session 25 as a month's mix (half enterprise staff, a quarter small
    /// businesses, a quarter residents and fishermen; 31 documents), measured untouched after every other change of the
    /// session and <b>kept untuned</b>: 0.625 / 0.875, MRR 0.735.</item>
    /// <item>heldout-78 (40), blind, written in session 26 as the environmental officer of a mid-sized Zhoushan works asks
    /// (ship repair, aquatic products, oil storage, concrete, a coating line; 22 documents), measured untouched:
    /// <b>0.625 / 0.750, MRR 0.697</b>. Then 倾倒区, 两类 (多类), 原来的批文, 几号之前, 跑冒滴漏, 挪到, 环保信用, 漫到,
    /// 多长时间内 — each a phrasing that recurs in earlier sets, where they also gained 16 first places and lost none:
    /// 0.725 / 0.900.</item>
    /// <item>heldout-79 (40), blind, written in session 26 as typed on a phone between two jobs (36 of 40 under 25
    /// characters: "危废能放多久", "装卸油要不要布围油兰"; 22 documents), measured untouched after set 78's words:
    /// <b>0.675 / 0.850, MRR 0.752</b>. Then 几号前, 围油兰 (a typo), 门开着 (密闭), 拉到外省 — four more first places in
    /// earlier sets, none lost: 0.775 / 0.925.</item>
    /// <item>heldout-80 (40), blind, written in session 26 as someone new to the job asks (an admin clerk made responsible
    /// for the environment, who mixes up 环评, 验收 and 排污许可; 24 documents), measured untouched after set 79's words:
    /// <b>0.550 / 0.925, MRR 0.697</b> — most misses rank the answer second. Then 责任制度, 记账 (台账), 算不算危险废物,
    /// 厢式货车, none costing a place elsewhere: 0.575 / 0.975.</item>
    /// <item>heldout-81 (40), blind, written last in session 26 as an ordinary month at the consultation desk (mostly
    /// enterprise staff, some small businesses, a few residents and fishermen; 28 documents), measured untouched after
    /// every other change of the session and <b>kept untuned</b>: 0.600 / 0.825, MRR 0.700.</item>
    /// <item>heldout-82 (40), blind, written at the end of session 26 as the islands ask (fishermen, fish-farm keepers,
    /// guesthouse owners, wharf workers, villagers; 21 documents), measured untouched: <b>0.500 / 0.700, MRR 0.598</b>.
    /// Then 舱底油水, 倒在海里, 渔药 / 鱼药, 敲敲打打, 冒黑烟 — two more first places in earlier sets, none lost ("扔海里"
    /// measured and not taken: it cost five first places on questions about floats and nets): 0.550 / 0.800.</item>
    /// </list>
    /// The untuned blind figures are below the 0.70 / 0.90: lexical retrieval does not reach it here.
    /// </summary>
    [Theory]
    [InlineData("heldout.jsonl", 30, 0.80, 1.00)]
    [InlineData("heldout-2.jsonl", 46, 0.78, 0.97)]
    [InlineData("heldout-3.jsonl", 27, 0.74, 0.96)]
    [InlineData("heldout-4.jsonl", 30, 0.73, 0.93)]
    [InlineData("heldout-5.jsonl", 30, 0.80, 0.96)]
    [InlineData("heldout-6.jsonl", 30, 0.66, 0.80)]
    [InlineData("heldout-7.jsonl", 40, 0.77, 0.95)]
    [InlineData("heldout-8.jsonl", 40, 0.67, 0.87)]
    [InlineData("heldout-9.jsonl", 40, 0.82, 1.00)]
    [InlineData("heldout-10.jsonl", 40, 0.77, 0.92)]
    [InlineData("heldout-11.jsonl", 40, 0.60, 0.90)]
    [InlineData("heldout-12.jsonl", 40, 0.72, 0.90)]
    [InlineData("heldout-13.jsonl", 40, 0.62, 0.92)]
    [InlineData("heldout-14.jsonl", 40, 0.65, 0.87)]
    [InlineData("heldout-15.jsonl", 40, 0.65, 0.90)]
    [InlineData("heldout-16.jsonl", 40, 0.70, 0.85)]
    [InlineData("heldout-17.jsonl", 40, 0.72, 0.92)]
    [InlineData("heldout-18.jsonl", 40, 0.72, 0.85)]
    [InlineData("heldout-19.jsonl", 40, 0.60, 0.82)]
    [InlineData("heldout-20.jsonl", 40, 0.60, 0.87)]
    [InlineData("heldout-21.jsonl", 40, 0.65, 0.90)]
    [InlineData("heldout-22.jsonl", 40, 0.85, 0.92)]
    [InlineData("heldout-23.jsonl", 40, 0.62, 0.92)]
    [InlineData("heldout-24.jsonl", 40, 0.82, 0.95)]
    [InlineData("heldout-25.jsonl", 40, 0.67, 0.92)]
    [InlineData("heldout-26.jsonl", 40, 0.77, 0.90)]
    [InlineData("heldout-27.jsonl", 40, 0.60, 0.90)]
    [InlineData("heldout-28.jsonl", 40, 0.55, 0.85)]
    [InlineData("heldout-29.jsonl", 40, 0.72, 0.90)]
    [InlineData("heldout-30.jsonl", 40, 0.55, 0.82)]
    [InlineData("heldout-31.jsonl", 40, 0.75, 0.92)]
    [InlineData("heldout-32.jsonl", 40, 0.67, 0.90)]
    [InlineData("heldout-33.jsonl", 40, 0.77, 0.95)]
    [InlineData("heldout-34.jsonl", 40, 0.55, 0.90)]
    [InlineData("heldout-35.jsonl", 40, 0.65, 0.82)]
    [InlineData("heldout-36.jsonl", 40, 0.75, 0.90)]
    [InlineData("heldout-37.jsonl", 40, 0.65, 0.85)]
    [InlineData("heldout-38.jsonl", 40, 0.75, 0.92)]
    [InlineData("heldout-39.jsonl", 40, 0.60, 0.87)]
    [InlineData("heldout-40.jsonl", 40, 0.65, 0.90)]
    [InlineData("heldout-41.jsonl", 40, 0.70, 0.92)]
    [InlineData("heldout-42.jsonl", 40, 0.62, 0.82)]
    [InlineData("heldout-43.jsonl", 40, 0.47, 0.82)]
    [InlineData("heldout-44.jsonl", 40, 0.52, 0.82)]
    [InlineData("heldout-45.jsonl", 40, 0.57, 1.00)]
    [InlineData("heldout-46.jsonl", 40, 0.67, 0.85)]
    [InlineData("heldout-47.jsonl", 40, 0.47, 0.85)]
    [InlineData("heldout-48.jsonl", 40, 0.65, 0.87)]
    [InlineData("heldout-49.jsonl", 40, 0.60, 0.85)]
    [InlineData("heldout-50.jsonl", 40, 0.75, 0.87)]
    [InlineData("heldout-51.jsonl", 40, 0.65, 0.82)]
    [InlineData("heldout-52.jsonl", 40, 0.77, 0.97)]
    [InlineData("heldout-53.jsonl", 40, 0.75, 0.87)]
    [InlineData("heldout-54.jsonl", 40, 0.62, 0.90)]
    [InlineData("heldout-55.jsonl", 40, 0.57, 0.87)]
    [InlineData("heldout-56.jsonl", 40, 0.55, 0.85)]
    [InlineData("heldout-57.jsonl", 40, 0.60, 0.92)]
    [InlineData("heldout-58.jsonl", 40, 0.65, 0.87)]
    [InlineData("heldout-59.jsonl", 40, 0.57, 0.87)]
    [InlineData("heldout-60.jsonl", 40, 0.60, 0.85)]
    [InlineData("heldout-61.jsonl", 40, 0.50, 0.85)]
    [InlineData("heldout-62.jsonl", 40, 0.67, 0.95)]
    [InlineData("heldout-63.jsonl", 40, 0.62, 0.82)]
    [InlineData("heldout-64.jsonl", 40, 0.67, 0.90)]
    [InlineData("heldout-65.jsonl", 40, 0.57, 0.87)]
    [InlineData("heldout-66.jsonl", 40, 0.65, 0.92)]
    [InlineData("heldout-67.jsonl", 40, 0.65, 0.87)]
    [InlineData("heldout-68.jsonl", 40, 0.70, 0.87)]
    [InlineData("heldout-69.jsonl", 40, 0.67, 0.87)]
    [InlineData("heldout-70.jsonl", 40, 0.72, 0.94)]
    [InlineData("heldout-71.jsonl", 40, 0.42, 0.77)]
    [InlineData("heldout-72.jsonl", 40, 0.65, 0.90)]
    [InlineData("heldout-73.jsonl", 40, 0.72, 0.87)]
    [InlineData("heldout-74.jsonl", 40, 0.62, 0.85)]
    [InlineData("heldout-75.jsonl", 40, 0.42, 0.70)]
    [InlineData("heldout-76.jsonl", 40, 0.45, 0.67)]
    [InlineData("heldout-77.jsonl", 40, 0.62, 0.87)]
    [InlineData("heldout-78.jsonl", 40, 0.72, 0.90)]
    [InlineData("heldout-79.jsonl", 40, 0.77, 0.92)]
    [InlineData("heldout-80.jsonl", 40, 0.57, 0.97)]
    [InlineData("heldout-81.jsonl", 40, 0.60, 0.82)]
    [InlineData("heldout-82.jsonl", 40, 0.55, 0.80)]
    public void Evaluate_HeldOutSets_NoWorseThanMeasured(string file, int questions, double recallAt1, double recallAt5)
    {
        var report = Run(Path.Combine(AppContext.BaseDirectory, "Policy", file));
        Assert.Equal(questions, report.Questions);
        Assert.True(report.RecallAt1 >= recallAt1, $"recall@1 {report.RecallAt1:F3}");
        Assert.True(report.RecallAt5 >= recallAt5, $"recall@5 {report.RecallAt5:F3}");
    }

    private PolicyEvaluationReport Run(string path)
    {
        var report = PolicyEvaluator.Evaluate(fixture.Search, File.ReadLines(path));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: n={report.Questions} recall@1={report.RecallAt1:F3} recall@5={report.RecallAt5:F3} MRR@10={report.Mrr:F3}"));
        foreach (var miss in report.Misses)
        {
            output.WriteLine("  miss " + miss);
        }
        return report;
    }
}
