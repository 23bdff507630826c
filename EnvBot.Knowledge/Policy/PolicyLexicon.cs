namespace EnvBot.Knowledge.Policy;

/// <summary>
/// The domain vocabulary retrieval needs without an LLM: words jieba must keep whole, the typos and abbreviations
/// enterprise staff type (policy-qa README: 危废, 环评, 排污证, 三同时 …; 排污正, 环平, 危费 …), colloquial phrasings
/// mapped to the statutes' own words, and the short names of laws.
/// </summary>
public static class PolicyLexicon
{
    /// <summary>Kept whole by the segmenter (added to jieba's dictionary).</summary>
    public static IReadOnlyList<string> DomainWords { get; } =
    [
        "危废", "危险废物", "排污许可", "排污许可证", "排污证", "排污登记", "排污登记表", "三同时", "VOCs", "挥发性有机物",
        "环评", "环境影响评价", "环境影响报告书", "环境影响报告表", "环境影响登记表", "报告书", "报告表", "登记表",
        "自行监测", "一证式", "执行报告", "在线监测", "自动监测", "自动监测设备", "自动监控", "自动监控设施", "联网",
        "环境管理台账", "台账", "应急预案", "突发环境事件", "环境风险评估", "隐患排查", "竣工环境保护验收", "验收报告",
        "危险废物经营许可证", "经营许可证", "转移联单", "重点管理", "简化管理", "登记管理", "按日连续处罚", "查封",
        "扣押", "限制生产", "停产整治", "环境保护税", "环保税", "应税污染物", "污染当量", "岸电", "放射源", "射线装置",
        "辐射安全许可证", "放射性同位素", "含油污水", "船舶污染物", "事故应急池", "重污染天气", "非道路移动机械",
        "夜间施工", "工业噪声", "暗管", "渗井", "渗坑", "环境信息依法披露", "生态环境主管部门", "生态环境法典",
        "排污口", "排放口", "许可排放浓度", "许可排放量", "超标排放", "化学需氧量", "氨氮", "纳管",
        "污水集中处理设施", "环境保护设施", "固体废物", "工业固体废物", "废矿物油", "废活性炭", "焚烧炉", "环境保护",
        "排放标准", "监测数据", "生态环境", "生产经营者", "排污单位", "建设单位", "建设项目", "重新申请", "延续",
        "行政处罚", "罚款", "拘留", "责令改正", "责令停产整治", "环境保护主管部门", "海事管理机构", "清污", "污染清除", "围油栏",
    ];

    // colloquial-terms.tsv, read once (declared before the properties below, which are initialised from it in order).
    private static readonly (Dictionary<string, string> Corrections, List<(string, string)> Expansions, HashSet<string> Whole) Vocabulary = Load();

    /// <summary>Typos seen in chat, replaced before anything else.</summary>
    public static IReadOnlyDictionary<string, string> Corrections { get; } = Vocabulary.Corrections;

    /// <summary>
    /// Abbreviations and colloquial phrasings → the words the statutes use; the expansion is added to the question, the
    /// original words stay.
    /// </summary>
    public static IReadOnlyList<(string Phrase, string Expansion)> Expansions { get; } = Vocabulary.Expansions;

    /// <summary>
    /// Phrases (kind <c>add!</c>) whose meaning is not that of a shorter phrase inside them: "个人剂量" is a dose, not
    /// "个人" the person liable — the shorter phrase's words are not added where it is part of one of these.
    /// </summary>
    public static IReadOnlySet<string> Whole { get; } = Vocabulary.Whole;

    /// <summary>Short names people use for a law → its title in the corpus.</summary>
    public static IReadOnlyList<(string Alias, string Title)> LawAliases { get; } =
    [
        ("法典", "中华人民共和国生态环境法典"), ("生态环境法典", "中华人民共和国生态环境法典"),
        ("大气法", "中华人民共和国大气污染防治法"), ("水污染法", "中华人民共和国水污染防治法"),
        ("水污法", "中华人民共和国水污染防治法"), ("土壤法", "中华人民共和国土壤污染防治法"),
        ("固废法", "中华人民共和国固体废物污染环境防治法"), ("噪声法", "中华人民共和国噪声污染防治法"),
        ("环评法", "中华人民共和国环境影响评价法"), ("环保法", "中华人民共和国环境保护法"),
        ("海环法", "中华人民共和国海洋环境保护法"), ("海洋法", "中华人民共和国海洋环境保护法"),
        ("放射性法", "中华人民共和国放射性污染防治法"), ("清洁生产法", "中华人民共和国清洁生产促进法"),
        ("环保税法", "中华人民共和国环境保护税法"), ("环境保护税法实施条例", "中华人民共和国环境保护税法实施条例"),
        ("环保税法实施条例", "中华人民共和国环境保护税法实施条例"), ("排污许可条例", "排污许可管理条例"),
        ("排污条例", "排污许可管理条例"), ("建设项目环保条例", "建设项目环境保护管理条例"),
        ("危化品安全法", "中华人民共和国危险化学品安全法"), ("浙江大气条例", "浙江省大气污染防治条例"),
        ("浙江省大气条例", "浙江省大气污染防治条例"), ("浙江水条例", "浙江省水污染防治条例"),
        ("浙江省水条例", "浙江省水污染防治条例"), ("舟山港口船舶污染物条例", "舟山市港口船舶污染物管理条例"),
        ("验收暂行办法", "建设项目竣工环境保护验收暂行办法"), ("验收办法", "建设项目竣工环境保护验收暂行办法"),
        ("转移管理办法", "危险废物转移管理办法"), ("转移办法", "危险废物转移管理办法"),
        ("披露办法", "企业环境信息依法披露管理办法"), ("按日连续处罚办法", "环境保护主管部门实施按日连续处罚办法"),
        ("查封扣押办法", "环境保护主管部门实施查封、扣押办法"), ("限产停产办法", "环境保护主管部门实施限制生产、停产整治办法"),
        ("辐射条例", "放射性同位素与射线装置安全和防护条例"), ("射线装置条例", "放射性同位素与射线装置安全和防护条例"),
    ];

    /// <summary>
    /// Reads Policy/colloquial-terms.tsv (embedded): the typo fixes and the chat → statute equivalences are data, so
    /// adding one is a line, not a code change.
    /// </summary>
    private static (Dictionary<string, string> Corrections, List<(string, string)> Expansions, HashSet<string> Whole) Load()
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        var expansions = new List<(string, string)>();
        var whole = new HashSet<string>(StringComparer.Ordinal);
        using var stream = typeof(PolicyLexicon).Assembly.GetManifestResourceStream("EnvBot.Knowledge.Policy.colloquial-terms.tsv")
            ?? throw new InvalidOperationException("Embedded resource colloquial-terms.tsv is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new FormatException($"colloquial-terms.tsv: expected kind, phrase, words: {line}");
            }
            if (parts[0] == "fix")
            {
                corrections[parts[1]] = parts[2];
            }
            else
            {
                expansions.Add((parts[1], parts[2]));
                if (parts[0] == "add!")
                {
                    whole.Add(parts[1]);
                }
            }
        }
        return (corrections, expansions, whole);
    }

    /// <summary>Words that carry no retrieval signal in a chat question.</summary>
    public static IReadOnlySet<string> StopWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "我们", "你们", "他们", "我", "你", "他", "她", "它", "的", "了", "吗", "吧", "啊", "呢", "是", "不是", "就", "都", "还",
        "也", "要", "会", "能", "能不能", "可以", "可不可以", "什么", "怎么", "怎么办", "怎样", "哪些", "哪个", "哪",
        "这个", "那个", "这种", "那种", "这样", "一个", "一下", "有", "没有", "没", "在", "和", "跟", "与", "或者", "还是",
        "如果", "但是", "可是", "就是", "到底", "具体", "一般", "现在", "之前", "以后", "时候", "听说", "好像", "是不是",
        "有没有", "需不需要", "需要", "请问", "你好", "您好", "谢谢", "一直", "已经", "直接", "先", "再", "又", "个", "些",
        "说", "讲", "问", "想", "里", "上", "下", "去", "来", "把", "被", "让", "给", "对", "从", "到", "为", "为了",
        "公司", "厂", "厂里", "工厂", "企业", "这边", "那边", "多少", "几", "多久", "多长", "规定", "条", "第",
        // Chat filler: questions tags, vague nouns and time words that the statutes do not use in this sense.
        "行不行", "要不要", "会不会", "对不对", "好不好", "可以吗", "行吗", "啥", "干啥", "咋", "咋办", "咋整", "应该", "该",
        "得", "弄", "搞", "一般", "情况", "这些", "那些", "有些", "一些", "只是", "而", "不只", "第一步", "昨晚", "昨天",
        "今天", "上个月", "这个月", "下次", "一次", "还要", "还得", "比如", "其实", "然后", "所以", "因为", "麻烦",
    };
}
