using System.Text.RegularExpressions;

namespace EnvBot.Data.Guides;

/// <summary>
/// The words <see cref="ContactExtractor"/> reads a guide's message by: channels, resolutions, what starts a measure or
/// an answer, what is only who/when/how. Each pattern says why with an example from how guides write (DOMAIN.md §2,
/// issue 8); the reading itself is in ContactExtractor.cs.
/// </summary>
public static partial class ContactExtractor
{
    // "9.30去的", "上上周去的": gone there on a day (blind set 40); "替金文斌跑了下奥斯特", "跟袁孝高一起去的" (blind set 69).
    // "现场标志牌", "现场照片": a thing on the site, not a visit ("微信发我的：…排放口编号跟现场标志牌对不上", blind set 69).
    [GeneratedRegex(@"(?<=[0-9号日天周一二三四五六])过?去的|(?<!视频[^，,。；;\s]{0,4})现场(?!标志|标识|标牌|照片|图片|拍的)|走访|去看|去复查|去复核|去查看|去检查|跑了一?趟|跑了一家|跑了一?下(?=[\u4e00-\u9fa5])|一[起块道]去(的|了)|去了一?趟|走了一?趟|去了?[^，,。；;\s]{1,8}(看了|看过|转了|走了)|(?<!(有人|人家|师傅|厂家|回收的|运维|公司|第三方|单位)[^，,。；;\s]{0,3})上门|去了[^，,。；;\s]{1,12}(站|厂|公司|码头|中心|基地|车间)(?=[，,。；;\s]|$)|实地|踏勘|(?<!一)下厂(?!家|商)|(?<![提说听想接送运拉])到厂|走了一圈|转了一圈|看了一圈|去厂|厂里看|厂里开了?个?小?会|进厂|去企业|(?<![解想虑提说听])到企业|进企业")]
    private static partial Regex OnSiteWords();

    // "视频监控", "监控视频": the camera on the site, equipment the problem is about, not a video call; "企业拍了视频给我":
    // a clip sent, not how the contact was made.
    [GeneratedRegex(@"(?<!监控|拍了?|发了?|录了?|传了?)视频(?!监控|探头|录像|画面|给我|过来)|腾讯会议|线上会议")]
    private static partial Regex VideoWords();

    // "我把环评处老师电话给他们了": a number given, not how the contact was made.
    [GeneratedRegex(@"打电话|电话(?!给(他|她|企业|对方)|号|发给)|打通(?!管|堵|了?[^，,。；;\s]{0,4}(管|沟|渠|通道))|致电|电联|(?<!停电了?[^，,。；;]{0,3})来电(?!就|后|以后|之后|了就)|(?<!帮(他|她|他们|企业|对方)?)打给|通话|手机联系|打了个?电|(?<=刚|刚才|刚刚|今天|上午|下午)打(过)?来")]
    private static partial Regex PhoneWords();

    [GeneratedRegex(@"微信|(?<![因作认成行])为信|[vVwW][xX](?![a-zA-Z])|微聊")]
    private static partial Regex WeChatWords();

    [GeneratedRegex(@"[qQ]{2}|扣扣|(?<![a-zA-Z])[qQ](?=上|里)")]
    private static partial Regex QqWords();

    // "长宏 今xc 喷砂粉尘收集不到位", "一民 早上dh 废机油桶没标签 已补 yjj": pinyin initials typed in a hurry stand for
    // the channel and the outcome (blind set 63); "wx" is read with 微信 already.
    private static readonly Dictionary<string, string> Initials = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dh"] = "电话", ["xc"] = "现场", ["yjj"] = "已解决", ["zzj"] = "正在解决", ["wjj"] = "未解决",
    };

    [GeneratedRegex(@"(?<![a-zA-Z])(dh|xc|yjj|zzj|wjj)(?![a-zA-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex PinyinInitials();

    private static string Unabbreviated(string text) => PinyinInitials().Replace(text, m => Initials[m.Value]);

    // "宏达新墙体 上午去现场": after the name that opens the message too (blind set 39).
    [GeneratedRegex(@"^[^，,。；;]{0,3}(?<t>上午|下午|中午|早上|傍晚|今早|刚才|刚刚|刚(?=[去到从和跟打在]))|^[\u4e00-\u9fa5]{2,8}\s+(?<t>上午|下午|中午|早上|傍晚|今早|刚才|刚刚)")]
    private static partial Regex TimeOfDay();

    // "咨询日能不能去现场问…": a visit asked about, not how this contact was made.
    [GeneratedRegex(@"(能不能|可不可以|要不要|能否|是否|可否|需不需要|用不用)(去|来|到)?$")]
    private static partial Regex AskedAbout();

    // "周五我去现场复查": a follow-up to come, not how this contact was made ("今天去现场复查了" is this one).
    [GeneratedRegex(@"^[^，,。；;]{0,2}(复查|复测|复核)(?![了过]|已)")]
    private static partial Regex FollowUpAfter();

    // "下周三前整改完", "等大气处回复后再告诉他们", "预计下周修好": done-words said of what is still to come ("目前…已降至
    // 正常" is now, not a deadline; "调完以后就没再冒了" follows something done).
    [GeneratedRegex(@"(再|(?<![完好])(之后|以后)|会|将|要(?!求)|等|(?<![目当此提开走])前|内|预计|争取|尽快|准备|计划|打算|第一时间|到时候?)[^，,。；;]{0,3}$")]
    private static partial Regex Ahead();

    // "配件到了换好跟我说一声", "修好后再复查": a done-word followed by what happens after it is a condition, not done.
    [GeneratedRegex(@"^[^，,。；;]{0,2}(后|之后|以后|了?再|(跟|和|告诉|通知|给)我)")]
    private static partial Regex Afterwards();

    // The enterprise's words quoted ("原话：“…”").
    [GeneratedRegex(@"“[^”]*”|「[^」]*」")]
    private static partial Regex QuotedSpeech();

    [GeneratedRegex(@"[（(]([^（()）]{0,8}(" + Away + @")[^（()）]*)[）)]")]
    private static partial Regex BracketedCover();

    // "上次说的喷砂房门口那堆废砂已经清掉了": a follow-up names the problem of an earlier contact before saying where it
    // stands (blind set 60).
    [GeneratedRegex(@"^(上次|上回|之前|上个?月|上周|前几天)[^，,。；;\s]{0,4}?(说|提|发现|看到|查到|讲|反映|反馈)的(?<problem>[^，,。；;\s]{2,}?)(已经|已|都已|都|全部)")]
    private static partial Regex EarlierProblemSettled();

    // "问怎么办": what they asked is about the problem told before it, not a problem of its own (blind set 60).
    [GeneratedRegex(@"^(问|他们问|企业问)?(那)?(该)?(怎么办|咋办|怎么弄|咋弄|怎么处理|如何处理)[？?呢]?$")]
    private static partial Regex BareHow();

    [GeneratedRegex(@"(然后|嗯+|那个)+$")]
    private static partial Regex TrailingFiller();

    [GeneratedRegex(@"^\s*(补登|补记|补录|补报|补一下|登记一下|记一下)")]
    private static partial Regex LoggedLater();

    // "法典8月15号施行后": a law's day, not the contact's (blind set 60).
    [GeneratedRegex(@"^\s*(起)?(正式|开始)?(施行|实施|生效)")]
    private static partial Regex LawTakesEffect();

    // "前天微信发了照片 … 今天再去现场确认": a day followed by a follow-up still to make is a plan, not the contact's day
    // (blind set 58); so is "周五我过去看" (blind set 70).
    [GeneratedRegex(@"^\s*(上午|下午|中午|晚上|晚点)?(再|还要再|还得再|要再)(去|来|过去|上门|复查|回访|看看?|确认|跟进|核实|打|联系)|^我(再)?(过去|去)(看|查|复查|现场)(?![^，,。；;\s]{0,3}[了过])")]
    private static partial Regex FollowUpLater();

    // Passed on to whoever can act on it — "移交执法队了", "报上去了", "发给环评处了", "环评处那边已对接": both handed on
    // (HandedOn) and under way (InProgressWords), one list for both.
    // A guide away, whom a colleague covers for: "郑杰出差", "（乐最康出差，我代跑一趟）", "@乐梦佳 你不在".
    private const string Away = "出差|休假|请假|不在";

    // "已报郑杰", "报吴雷了": to a colleague named (two or three characters, not 报备/报价/报废/报名…; blind set 45).
    // "照片已发区块负责人": sent up to the block lead, who assigns it (DOMAIN.md §2 "Problems"; blind set 55).
    private const string PassedOn = @"(?<=^|[，,。\s])已?经?(书面)?报(给)?(?![价备废名销警修案告表到])[\u4e00-\u9fa5]{2,3}(?<!了)了?(?=$|[，,。\s])|移交|移送|报(过去|上去)了|发给[^，,。\s]{0,4}(科|处|局|站|大队|中心)|(科|处|局|站|大队|中心)那边已?(对接|接手)|已经?发(给)?(区块|[^，,。\s]{0,4}负责人|领导)";

    // The guide passed the question on: "已经转给办公室了", "我转办公室了", "报给区块负责人", "答应他们问一下大气科",
    // "转大气处了", "移交执法队了", "我已经问旺能了" (asked whoever can answer; 转移/转运 of waste is not passing on).
    [GeneratedRegex(@"(报告|汇报|反映)给|(跟|向)[^，,。\s]{0,4}(科|处|局|站|大队)反映|提给|转给|转交|已转|我转|转过去了|(?<![运])转(?![移运让产型换向])(到)?[^，,。\s]{0,3}(科|处|局|站|大队|中心|办公室)|" + PassedOn + @"|已经?报(区块|领导|[^，,。\s]{0,4}负责人)|(我|已经?)问(了|过)?[^，,。\s]{1,6}(了|那边)|帮(忙|他们|企业|对方)?问(了|过)|帮(他|她|他们|企业|对方)问|问了[^，,。\s]{0,4}(科|处|局|站|大队|中心|办公室)|报给|已上报|交给|问一?下[^，,。]{0,4}(科|处|站|大队|中心|办公室)|已经?(书面|口头|电话)?(上)?报[^，,。\s]{0,8}(科|处|局|镇里|镇|街道|大队|中心|办公室)|已经转(过去|给|交)|(要|我去|我再)问问")]
    private static partial Regex HandedOn();

    [GeneratedRegex(@"(具体|详细)(的|情况)?(明天|回头|晚点|晚些|稍后|之后|后面)?再(补|说|报|写)|(回头|晚点|稍后|明天)(再)?补(充|上)?(?!药|料|水|齐|漏|焊|种|登|交|办|发|测|缴|上了)")]
    private static partial Regex DetailsLater();

    // "…跟他们解释了，尽快转移掉就行": the guide's advice, whatever it says should happen next.
    [GeneratedRegex(@"(就行|就可以|就好|即可)了?$")]
    private static partial Regex AdviceEnding();

    // "锅炉在线监测比对要到期了问找哪家做" (voice, no comma): the problem is what is wrong; what they asked after it
    // is the request. ("到期了怎么修订备案" stays whole: the writers of the held-out sets keep such a question in.)
    [GeneratedRegex(@"(?<=了)(?=(想)?问)")]
    private static partial Regex QuestionAfterProblem();

    // "窑尾在线氮氧化物小时均值超标两次": how often is how bad, not what is wrong (the held-out writers leave it out);
    // so is how long ("冷库温度记录缺失两周": blind set 53).
    [GeneratedRegex(@"(?<=超标|超了|报警|跳车|停机|故障)([0-9]+|[一二两三四五六七八九十几多])(次|回)$|(?<=缺失|断档|中断|停运|没开|没换|没更换|没运行)([0-9]+|[一二两三四五六七八九十几多])(天|周|个星期|个月)$")]
    private static partial Regex TrailingCount();

    // "宇锦水泥昨天去过了", "舟利石料上周五去的": been there.
    [GeneratedRegex(@"^[^，,。；;]{0,6}(去过|去了|到过|去的|过去(?=$|\s|[，,。；;]|看|转|查))")]
    private static partial Regex BeenThere();

    [GeneratedRegex(@"(去|到)了?(一)?趟?$|(去|到)的$")]
    private static partial Regex GoneTo();

    // "约了下周去现场", "准备明天再去现场": a plan, not how this contact was made.
    [GeneratedRegex(@"(约|约好|约定|安排|计划|准备|打算|下周|明天|后天|过几天|改天|再|回头|下次)[^，,。；;]{0,4}$")]
    private static partial Regex PlanBefore();

    // "本人于5月12日通过电话与舟山欧来克新材料公司环保负责人联系", "关于沥港船舶服务情况：": a formal report's header says who,
    // when and how.
    [GeneratedRegex(@"^本人(于|在)|^关于[^，,。；;]{2,30}(服务|走访|回访|指导)?(情况|记录)$")]
    private static partial Regex FormalHeader();

    // "安环部李工陪着看了分段涂装车间", "见了厂长和环保专员小王", "跟厂长在污水站边上聊了半个钟头": who was there (with
    // CompanyPerson, and nothing said to be wrong).
    [GeneratedRegex(@"(进行了?|做了)(交流|沟通|座谈|对接)(了)?$|陪着|陪同|陪我|(?<![正还也都没不])在$|带着(我)?(看|转)|座谈|都在|在场|找的是|见了|聊了|沟通了一下|通了个?电话|找我|发了?几张照片|开了个?小?会|一起(爬|看|去|转|走)")]
    private static partial Regex WhoWasThere();

    [GeneratedRegex(@"厂长|矿长|经理|主任|主管|班长|专员|负责人|老板|站长|科长|副总|总工|总监|董事长|师傅|[小老][一-龥]|[一-龥]工(?![艺厂作程业])|[部科]")]
    private static partial Regex CompanyPerson();

    // "已约执法队这周一起去现场看": arranged, with whom and when between — see ArrangedInClause. "我让小祝这周去看看", "周五我
    // 过去看" (blind sets 69, 70): someone sent, or a weekday still to come, is a visit not yet made.
    [GeneratedRegex(@"(?<![没未])(约了?|约好|安排|计划|准备|打算)|让|(?<![上这本]个?)周[一二三四五六日末]我")]
    private static partial Regex Arranged();

    // "听讲重污染天气要错峰生产": news they heard — see Classify.
    [GeneratedRegex(@"^(说)?(听讲|听说|据说|听人说|听别人说)")]
    private static partial Regex Hearsay();

    // "周四去的，就是3月11号": the same day told again.
    [GeneratedRegex(@"(就是|也就是|即|亦即)$")]
    private static partial Regex Restated();

    // "…，问扩产要不要重新做环评": what the enterprise asked, after a background.
    [GeneratedRegex(@"^(他们|企业|对方|老板|厂里|[一-龥]{0,4}(厂长|矿长|经理|主任|主管|班长|专员|负责人)|[小老][一-龥]|[一-龥]工)?(在?(微信|电话|QQ|qq|钉钉)(上|里)?)?(又|还)?(顺带|顺便)?(问|咨询|想问|想咨询|请教)(了|一下|下(?![月周个午]))?(?!题)")]
    private static partial Regex AskedLead();

    // "上次现场发现的飞灰仓破损" in a call: an earlier contact mentioned, not how this one happened.
    [GeneratedRegex(@"(上次|上回|前次|那次|之前|此前|上一次|前一次|以前)[^，,。；;]{0,2}$")]
    private static partial Regex EarlierContactBefore();

    [GeneratedRegex(@"未解决|没解决|没有解决|(再)?考虑考虑|先放着|搁着|放一放|没答复上|管不了|(办|批|弄|搞)不下来|没给(答复|回复)|暂无办法|暂时没有办法|(目前|暂|暂时)?(无|没有)明确(答复|结论|意见|规定|说法)|再研究研究|解决不了|无法解决|没法解决|不能解决|暂未解决|尚未解决|没办法解决|没能解决|还没搞定|搞不定|没办法(?!马上|立刻|立即|一下子|当场)|没有办法(?!马上|立刻|立即|一下子|当场)|(暂|暂时|目前)?(无|没有)可行|(就是|还是|都|也)不听|没空(弄|搞|做|改|管)|暂时没法|没法(申请|办|做|弄|批|处理|答复|回复|给)|(做|办|弄|搞|上|装|修|换|申请|批)不了(?!(这个)?主)|坚持不(整改|改|认)|不认账|只能等|等明年|明年再(看|说)|只能(跟|和|向)[^，,。\s]{0,4}解释|不(太)?服气|没谈下来|协调不了|(还)?没(有)?答应|不答应|没谈成|谈不下来|(补|找|拿|要)不回来|没法(给|帮|答|回)|(还没|没|未|尚未)落实|没有?(什么)?进展|(还是|一直|还在)拖着?(?!延)|(?<!上次|之前|原来|以前)(还是|仍然|依然|仍)?(不愿意|不愿|不肯|不配合)(?!收|接|要|拉)|拒不|没批下来|(钱|预算|资金)(也)?没(有)?了|(就|只能)?先这样(吧|了)?$|(也)?没说(啥|什么|哪天|几时)时候|还没想好|(还|目前|暂时|都)没动|(也|都)没用|不松口|不想(花|换|改|弄|投|出)|没法(动|改|修)|没(有)?(这个|那个)?(钱|预算|资金)|(今年|暂时)?不(弄|搞|做|改|换)了|资金不到位|(还是)?老样子|卡住了|推说|没给时间|不打算(搞|做|弄|改|换|上|整改|投)|(今年|暂时|暂|目前)?不考虑|拒绝|没有?(整改)?打算|不同意|没谈拢|谈不拢|没(有)?下文|不想再?(花|换|改|弄|投|出|搞)|(加|动|拆|搬|挪)不了|明确(说|表示)?不(开|改|弄|装|换|整改|同意)|不是我们[^，,。]{0,4}能(办|管|批|做|定)的|暂时不(装|改|换|弄|搞|做|上|修)|暂不(更换|整改|处理|改|换|上|装|做|投)")]
    private static partial Regex UnsolvedWords();

    // "已让运维公司周四前来校准", "大概要等十来天", "回头把鉴定单位推给他", "移交执法队了": under way; so is a fix
    // promised by a day ("限10月21号前补齐", "已让修，周五前", "大概11月中装好", "给他们一周时间") or being tried ("在试加碳源",
    // "报价在走", "单位找好了还没进场").
    // Terse ones typed in a hurry: "在跟", "施工中", "让重新备案", "回头跟王江锋说" (blind set 63).
    // "他们说废切削液能不能自己处理" is the enterprise's question, not its promise (blind set 69).
    // "我让小祝这周去看看" (blind set 69).
    // "他们在加碳源调试", "我联系了城管那边，说明天车就来", "油从哪里来的还没查清", "12月中旬前做掉" (blind sets 69, 70).
    [GeneratedRegex(@"^在跟(进|踪)?$|让[小老][\u4e00-\u9fa5][^，,。\s]{0,4}去(看|查|复查|现场)|在[^，,。\s]{0,6}调试|调试中|还没查(清|明)|联系了[^，,。\s]{1,6}那边|明天[^，,。\s]{0,3}就(来|到|拉|运)|施工中|^让(他们|企业)?重新(备案|申请|办|做|报|编)|回头(跟|和|给)[^，,。\s]{1,6}(说|讲|反映)|限[^，,。\s]{0,10}(前|内)|([0-9一二三四五六七八九十]{1,3}号|月[0-9一二三四五六七八九十]{1,3}日|周[一二三四五六日]|礼拜[一二三四五六天]|月中|月初|年底)(之?前|以前)|大概[^，,。\s]{0,8}(装好|修好|换好|弄好|改好|完成|到位|传完|交)|(报价|流程|手续|审批|采购)在走|(国庆|春节|中秋|元旦|五一|节)(之?前|以前)|(月中|月初|月底|年底|下月|下个月|上旬|中旬|下旬)(之?前|以前)[^，,。\s]{0,4}(弄|改|修|换|装|做|完成|整改|搞|办)|排到[^，,。\s]{0,8}(检修|处理|修|月|周|号)|应该能(回来|恢复|达标|好)|答应[^，,。\s]{0,6}(修|改|换|盖|补|装|弄|清|整改|处理|完成)|(企业|他们|对方|厂里)(正|还|已经)?在(询价|比价|谈|报价)|等(第三方|厂家|检测单位|运维)|(企业|他们|对方|厂里)[^，,。\s]{1,6}在(做|弄|办|改|修|整改|处理|编|写)$|^(在|正在)(办|弄|做|改|整改|处理)(中|了)?$|等(他们|对方|[^，,。\s]{0,4}(科|处|站|大队))[^，,。\s]{0,2}(排|安排|约)(时间|日子)|(跟|向|和)[^，,。\s]{0,4}(科|处|局|站|大队)(也)?((讲|说)了|打了?(个)?招呼|联系了)|答应帮[^，,。\s]{0,3}(问问|问一下|找找|联系|协调)|第一时间(告诉|通知|告知|转告|发给|转给)|停产(修|整改|检修|维修)|对接了?[^，,。\s]{0,4}(科|处|局|站|大队|中心)(?![^，,。\s]{0,4}(答复|回复|说))|^让(补|改|修|换|整改|弄|清)了?$|^让(他们)?(挪|搬|移|查|排查|核查)(一下|一挪)?|(跟|向)[^，,。\s]{0,4}(科|处|局|站|大队)反映|(报告|汇报)给[^，,。\s]{1,4}(科|处|局|站|大队|科长|处长)?了|在试|(?<![不没])准备(上|装|换|加|建|改|做)|考虑中|已让(修|改|换|补|装|弄|清|整)|(已经?)?让[^，,。\s]{1,8}?(校准|调试|检修|维修|排查|核查|复测)(?![^，,。\s]{0,3}了)|建议(他们|企业|对方)先|还没(弄|做|改|修|调|装|换|清|搞)完|正在|(让|叫|请|通知|约)[^，,。\s]{1,8}(来|上门)(?![了过])|(要|得|还得|需要)?等[一二三四五六七八九十两几来多个]{1,4}(天|周|个星期|礼拜|个月)|回头(把|给|发|推|帮)|" + PassedOn + @"|交给[^，,。\s]{1,6}(科|处|局|站|大队|中心|办公室)|马上(就)?(整改|改|修|换|处理|弄|联系|找|做|安排)(?![好完])|定了方案|工期|问了[^，,。\s]{0,4}(科|处|局|站|大队|中心|办公室)|整改中|跟进|跟踪|督促|限期|在查|排查|查找原因|还没答复|未答复|待答复|暂未答复|还没回复|安排|复测|协调中|处理中|待[^，,。]{0,4}(整改|处理|解决|答复|回复|确认)|还在|推进|尽快|已上报|上报|后续|再去|复查|下周|下次|过几天|月底前|之前完成|整改到位后|让(他们|企业|对方|其)|需要[^，,。]{0,8}(配合|协调|支持|协助)|答复后|(?<!已经?)回复他们(?!了)|再回复|再答复|再回|去问|问一?下[^，,。]{0,4}科|问问(?!情况)|帮(他|她|他们|企业|对方)问|(已经|正|还)在[^，,。]{0,2}(修|改|弄|换|查|做|办|处理|整改|跟|装|调)|在(修|改|弄|换|整改)|(?<![不没])(正|还)?在(编|写)(?![号码制])|(明天|回头|晚点|下午)?帮(忙)?问(一)?下|等[^，,。]{0,8}(回复|答复|回音|消息|结果|报告|意见|口径|通知|文件|材料|批复|方案|准备好|弄好|到位|报价|询价|排期|排队|来拉|来收|转运|清运)|(?<![不没别])在等|(具体|还)?等[^，,。\s]{0,4}(科|处|站|大队)(的意见)?$|(会|将)在[^，,。]{0,6}(前|底|内)|月底|提交方案|同意|待定|没答复|未回复|(在|正在)?协调|联系(了)?厂家|(这周|本周|周内|明天|后天|过两天)[^，,。\s]{0,3}(来|去)?(修|换|弄|处理|补|交|装|改|清|整改|完成|送|报|拉走|运走|清运|拉|运)|(企业|他们|对方|厂里|厂方)(正|还)?在(找|联系|做|办|弄|准备|申请|走|采购|买|招|加|处理|整改|调|修|换|抽|运|清)|结果还没出|(我|再)(再)?跟(进|踪)?$|(叫|让|要求|督促)(他们|他|她|企业|对方|其|厂里)|提醒(他们|企业|对方)[^，,。]{0,4}(补|改|换|修|整改|清|完善)|要求[^，,。]{0,8}(整改|前|内|完成|修|改|换)|已要求|要求[^，,。]{0,2}(加|设|完善|落实|补|清|停|开)|转给|转交|已转|我转[^，,。\s]{1,6}了|^转[^，,。\s]{0,4}(科|处|站|大队|中心|办公室)了?$|(要|得|需要|再)问[^，,。]{0,4}(科|处|局|站|大队)|报[^，,。]{0,4}(执法|立案)|立案|整改期|责令(改正|整改|停止|停产)|明天(再|来|回访|复查|上门)|(师傅|厂家|运维)[^，,。]{0,4}(来|上门)|运维公司[^，,。\s]{0,4}(来|过来)(修|弄|处理|看)|下礼拜|下个?星期|下个?月|已责令|([0-9]+|[一二三四五六七八九十两])(天|周|个月)内|(大概|预计|估计)?要[一二三四五六七八九十两]?(天|周|个星期|个月)|等到货|等配件|等[^，,。]{0,6}批(?!评)|配件[^，,。]{0,6}(订|买|到)|报修|过两天|再看看?(?![了过])|在调|再观察|继续观察|观察一(周|段)|约好|约定|(前|内|之前)[^，,。]{0,2}(整改|换|修|改|弄|完成|搞定)|(现在|目前|暂时)先|预计|(企业|他们|对方|厂里|老板|厂长|负责人|经理|厂方)(说|表示|承诺|答应)(?![^，,。]{0,12}(能不能|要不要|可不可以|能否|是否|怎么|如何|需不需要|行不行|吗))[^，,。]{0,12}(换|修|改|弄|处理|完成|装|清理|清运|清掏|清除|搬|盖|补|报|上(设备|装置|设施)|买|采购|加装)|报给|报(区块|科室|局|领导|[^，,。]{0,4}负责人)|已经转|已经?(书面|口头|电话)?报[^，,。\s]{0,6}(处|科|局|站|大队|队|中心|镇里|镇|街道)|已通知|待[^，,。]{0,4}(出具|提交|出来)|已联系|(后面|以后|回头|到时候)再(定|说|议|商量)|(后面|后续|之后)还(要|得)|^帮问|答应[^，,。\s]{0,4}(这周|本周|下周|月底|明天|尽快|马上)|(已经?|我)问(了|过)?[^，,。\s]{1,6}(科|处|局|站|大队|中心|办公室)了|提交[^，,。\s]{0,6}(科室|科|处)|一有(消息|通知|文件)|帮(他们|企业|对方)联系|提交[^，,。]{0,6}(计划|方案)|给(他们|她们|企业|对方|他|她)?[一二三四五六七八九十两几0-9]{1,3}(天|周|个星期|个月)(的)?时间|(单位|厂家|施工队|第三方|公司)[^，,。\s]{0,2}(找好|定好|联系好)了|还没出(结果|报告)?$|(结果|报告)还没出|^催了$|再确认|应该(就)?能(修)?好|已经?委托[^，,。\s]{0,8}(监测|检测|加密|编制|评估)|结果出来(再|后|以后)|(换|修|改|弄|装)好(了)?再(发|报|告诉|说)")]
    private static partial Regex InProgressWords();

    // "他说知道了": the enterprise took the answer; "企业已经发了公告", "已经洗好了": done.
    // "答：按季度" answers; "他们自己找第三方弄": once answered, the rest is the enterprise's own to do.
    // "我答复原来的批复继续有效": the guide's answer (blind set 58) — not "周五前给我回复", their answer still to come.
    // "收尘器破袋 已换", "废气管漏了 已修" (blind set 63): a done fix in one word.
    [GeneratedRegex(@"^已(换|修|清|补|改|装|盖|贴|封|堵|停|拆|搬)$|^我(已经?|当场|也|就)?(答复|回复|解答|回答|解释)(了|(?!他们再|企业再|对方再)[^，,。；;\s]{2,})|让(他|她|他们|企业|对方)放心|已(开启|启用|恢复)运行|^答$|^回了(他|她|他们)|(已经?)?(自己)?(抽|清|拉|运)(掉|走|干净)了|已经?反馈(给)?(企业|他们|对方)|回复了?(他|她|他们|企业|对方)了|^已经?报了?$|(他们|企业|对方|厂里)已经?(上)?(报|提交|交)了|转给(他|她|他们|企业|对方)了|已经?转告(他|她|他们|企业|对方)|(他们|企业|对方|厂里)自己(会|再)?去?(找|弄|核|办|处理|安排)|(他|她|他们|对方|企业|老板)(说|表示|回)?(知道了|晓得了|明白了|收到了?)$|当场让[^，,。\s]{0,10}好|当场(责令|要求|叫|让)(他们|企业|对方)?(开启|打开|关闭|盖上|清掉|贴上|补上)|(答复|回复|意见)(已经?)?转(给|告)(他|她|他们|企业|对方)|已(远程|现场|电话)?指导|指导(完成|好了)|完成(填报|申报|备案|提交)|经(答复|解答|讲解)|^答了|给(他|她|他们|企业|对方)发了|(说)?会(用|填|弄|操作|报)了|当场让[^，,。\s]{0,4}了|帮(他们|她|他|企业|对方)[^，,。\s]{0,4}(改|修|弄|填|调|装|换)好|(复测|复查|检测)(已经?)?(达标|合格)(了)?$|没(有)?明显(的)?(异味|味道?|烟|灰|粉尘|噪声)|(?<![不没])正常了$|已解决|解决了|已经解决|已处理|处理好了|处理完|已经处理|当场解答|当面解答|当场回复|当场答复|当面答复|办好|已办|教了|已教|已解答|解答了|已答复|答复了|已回复|回复了|讲清楚|说清楚|讲明白|讲解了|解释了|已说明|说明了|已告知|告知了|告诉(他们|企业|对方)|告诉了|整改完|已整改|整改好了|已完成|搞定|没问题了|已落实|已指导|指导了|已发|发给他们|发了[^，,。]{0,10}给|给了[^，,。]{0,6}(资料|模板|文件|范本)|已经好了|已经改好|已经整改|已经?补(好|齐|完|上)?了?|解决掉了|已办结|办好了|(?<![未没不])闭环|(跟|和|给|告诉)(他|她|他们|对方|企业)(说|讲)|(?<![跟和给对向诉])我说|回答是|答复是|回复是|经解释|已解释|修好了|已修好|已修复|修复了|已校准|已更换|换好了|弄好了|已经弄好|装好了|已装好|整改完毕|[oO][kK]了|恢复正常|已恢复|恢复了|重新(开|启|运行|投运)[^，,。]{0,3}了|已经(回复|答复|解答|告知|讲解|说明|处理|整改)|当场(清理|清掉|整改|处理|关闭|开启|恢复|修复|改正|纠正|落实)|已整改到位|整改到位了|(?<!说[^，,。]{0,8})(已经?|当场)(?!要求|让|叫)[^，,。]{0,4}(改|修|弄|装|换|盖|补|搭|清理|处理)好|(改|修|弄|装|换|盖|补|搭|调整|调|挖|清|清掏|建|铺|围|堵|接|封|立|洗|加)好了|(企业|他们|对方|厂里|厂方)已经?[^，,。\s]{0,2}(发|贴|张贴|公示|公告)了|我让(他们|企业|对方)[^，,。\s]{1,8}(去|好|掉|走)了|(没|未|不)(有)?再(出现|发生|冒|超标|超|报警|有|反映|投诉)(过)?(异味|臭味|投诉|超标|报警|类似情况|问题)*|(现在|已经|已|数据|运行)正常了|已经?疏通|备好案了?|(已经|已)备(好)?案了|备案好了|告诉(他|她)|已经告诉|(已经?|已经)(全部)?(运走|拉走|清走|清运|修复|挪|搬|移)|全部(运走|修复|整改|清理|完成)|(复测|验收|复查|检测)(也|都|已经?)?合格|(复测|复查|检测)[^，,。\s]{0,3}达标了|确认过|已推荐|推荐了|恢复运行|已确认|确认了|已按[^，,。]{0,16}(答复|回复|告知|解答)|表示(清楚|明白|知道了|理解)|(我|已经?|当时|当场|微信|电话|[qQ]{2})[^，,。]{0,4}回了|给(他|她|他们|企业|对方)回(复)?了|(当场|已经?)[^，,。]{0,6}(提交|上传|报送|填报|备案)了|教他们|(降|回|恢复)(至|到)正常|已(现场|当场)整改|已重新(生成|提交|办理|申报|上传|填报|开具)|已经?(清理|清扫|清掏)(恢复|干净|完毕)|清理恢复|整改到位(?!后|前)|没有?(新的|再)投诉|(后|之后)(就|已|已经)?(正常|达标|恢复)了|(清|扫|修|改|换|弄|搞|装|拆|运)完了|(他|她|他们|对方|企业|厂里)(说)?好的|我(也|都|就)?(说了|讲了)(?![^，,。\s]{0,6}(整改|要|让|必须))|予以(解答|答复|回复|说明)|发给(他|她|对方|企业)(们)?了|^问题(已经?)?解决(了)?$|发过去了|(已经?|已)把[^，,。]{0,8}(发|给|寄|传|告知|告诉)((他|她|他们|企业|对方)了)?|(当场|已经?)就?让(他们|企业|对方)[^，,。]{0,8}了|让(他们|企业|对方)(当场|马上|立刻|立即|当即|随即)[^，,。]{0,8}了|拍(了)?照(片)?发(我|给我)了|已讲|讲过了|已经讲了|搞好了|搞好|已好|^好了$|^已(回|答)$|当天就[^，,。\s]{0,6}了|已帮(他|她|他们|企业|对方)[^，,。\s]{1,6}|教会|学会了|^回了$|(登|连)上(去)?了|(已经)?签好(合同)?了|(我)?(都|也)(回答|答复|解答|回复)了|(?<![不没还])(清楚|明白|懂)了|(当场|马上|立刻|立即)[^，,。]{0,8}好了|(校准|校|贴|清理|封|堵|接|挂|填|整理|收拾|标记|标注)好了|(也)?已经?交(了|上了)|(企业|他们|对方|厂里)?(已)?知悉|当日完成|当天完成|(这事|这个事|此事)(就)?(结|了结|办结)了|(当场|已经?)(全部)?补(完|齐|好)了|(比对|检测|验收|复测)(也)?(过|通过)了|^(已|已经)?解决(了)?$|回复(他们)?(属于|是|说)|(已经|现在|已)能[^，,。\s]{1,3}了|(校准|调整|更换|清理|标定|校验)(过)?了|补报了|已经(开|关|停|盖|清|换|修|装|改|拆|补|贴|搬|移|运|封|撤)[^，,。]{0,3}了|已经?(全部?|都)(开|关|停|盖|清|换|修|装|改|拆|补|贴|搬|移|运|封|撤|入库|整改)[^，,。]{0,6}了|已经?续签(了|好)|^(答复|回复|解答|告知|回答)(?!他们|企业|对方)|(转运|清运|处置|安装|更换|维修|整改|拆除|清理|覆盖|清扫|封堵|修复)完毕|(已经?|都)?(稳住|稳定下来|降下来|回落)了|(改造|安装|施工|建设|加装|更换|维修)(已经?|都)?完成(了)?$|(可以|已|予以)?销号|已经?落实(了|到位)?|当场补(登|上|齐|好|录)|(基本|已经|现在)?没(有)?(灰|味道?|烟|异味|粉尘|冒烟|渗漏|漏)了|(基本|已经|现在)没(有)?(灰|味道?|烟|异味|粉尘|冒烟|渗漏)|(灰|味道?|烟|异味|臭味|粉尘|噪声|渗漏)(基本|已经|现在)?(都)?(没(有)?了|消除了|消失了)|放心了|满意了|认可了|没(有)?意见了|(?<![a-zA-Z])[oO][kK]$|当场(?!要求|答应|表示|说)[^，,。\s]{1,8}了|(已经|已|数据|现在)正常|当时就[^，,。\s]{0,6}了|让(他们|企业|对方)[^，,。\s]{0,10}(补|盖|关|开|装|改|贴|接|挂|封|堵|换|撤)(上|好|完|掉)了")]
    private static partial Regex SolvedWords();

    [GeneratedRegex(@"下周|再回|再答复|再告诉|问下|问一下|问问|帮他们问|回头|过几天|明天|等[^，,。\s]{0,6}(答复|回复|消息|通知|结果)|报上去|(要|得|需要)问")]
    private static partial Regex Promise();

    [GeneratedRegex(@"^(我说|我跟他们说|我告诉他们|答复|答：|答:|已告知|已答复|已解答)")]
    private static partial Regex GuideAnswers();

    [GeneratedRegex(@"(必须|赶紧|马上|立即|立刻|尽快|要马上|要立即|要尽快)(把[^，,。\s]{1,8})?(修|改|换|整改|处理|停|清|装|补)")]
    private static partial Regex Demanded();

    [GeneratedRegex(@"^(那边|那里|这边|一带|那块)?的(企业|厂|公司|那家)")]
    private static partial Regex PlaceOf();

    // "方静卫还在休假 我替她…", "王婧不在，我代跑了一趟": someone is covering for the guide away.
    [GeneratedRegex(@"替(他|她|你)|代(他|她|你|为|跑|办|记|联系)|" + Away + @"|培训|有事")]
    private static partial Regex CoveringWords();

    // "郑杰出差", "方静卫还在休假", "@乐梦佳 你不在", "我替她问了下船厂": who is covering for whom — not what happened.
    [GeneratedRegex(@"^[\u4e00-\u9fa5]{2,3}(那边)?(还在|正在|还)?(" + Away + @"|忙|有事)了?(中)?$|^[\u4e00-\u9fa5]{2,3}(去|在)[^，,。；;：:\s]{0,4}(培训|开会|学习)(了|去了)?$|^(你|您)(" + Away + @"|在忙|有事)了?$|^替[^，,。；;：:]{0,4}(记|登记|录)(一下)?$|^替[\u4e00-\u9fa5]{1,3}(跑了?|去了?|走了?)(一?趟)?|^(我)?替(他|她|你)[^，,。；;：:]{0,8}(打了?个?电话|电话|联系了?|去了?|跑了?)(一?趟)?$|^(我)?替(他|她|你)[^，,。；;：:]{0,8}问了(一?下)?[^，,。；;：:]{0,6}$|(那边)?(没有?|暂无|还没有?)(配)?指导员$|^(我)?(先|暂时)?(顶着|顶一下|代管|兼着)$")]
    private static partial Regex CoveringFor();

    // "还没答复", "暂时还没弄": nothing done yet — where things stand unless a next step is told after it ("没答复，要问水科").
    [GeneratedRegex(@"(还是|到现在|至今|一直)(还)?没(发|交|给|报|传|弄|做|改|盖|装|修|清|换|整改)|暂时(还)?没(弄|做|修|改|办|装|换|动|答复|回复)|(还没|没有?|未)定下来|还没定$|(还|都|目前|暂时)没(开始|启动|动工)|没(有)?回音|(还没|暂未|暂时没|没有?)(答复|回复)(?!他们|企业)|还没回(?![来去访])")]
    private static partial Regex NotYetWords();

    // "问了应急科说不归他们管", "问了大气处那边也不清楚": the department asked has declined.
    [GeneratedRegex(@"不归(他们|她们|那边)管|那边也(说)?不(知道|清楚|管)")]
    private static partial Regex DepartmentDeclined();

    // "我也说不准", "这个我定不了", "这个我答复不了": the guide cannot answer — unsolved, unless it is handed on ("已书面报郑杰
    // 协调土壤处", "已书面报王科": blind set 41).
    // "我也不知道 市里还没发文 问了一圈没人知道" (blind set 69).
    [GeneratedRegex(@"(我|也)说不准|定不了|做不了(这个)?主|答不(准|上来)|(答复|回复|解答|答)不了|没人(知道|清楚)|我也不(知道|清楚)")]
    private static partial Regex CannotDecide();

    [GeneratedRegex(@"无问题|没有问题|没问题|一切正常|无异常|未发现问题|暂无问题|没发现问题|无其他问题|没什么问题|运行正常|正常运行|运转正常|正常运转|生产正常|未发现异常|没有发现问题|暂无诉求|没有诉求|无诉求|(没|没有|无|未)(发现|反映|提|提出|反馈)?(什么|啥|任何|其他|别的)?新?大?的?(环保|环境)?(问题|异常|需求|诉求)|(暂时)?没(有)?(什么|啥)?(要|需要)(我们)?帮忙的|无事|没(啥|什么)?事|(^|\s)无$|(^|\s|电话|微信|视频|[qQ]{2}|回访)正常$|问题不大")]
    private static partial Regex NoProblemWords();

    [GeneratedRegex(@"(需要|需|得|请|要|要请|要求)?[^，,。；;\s]{0,4}?(?<![废污雨排净中冷])(大气|水|土壤|固废|固体|环评|执法|监测|辐射|海洋|法规|综合|生态|水环境|大气环境|应急|其他)(科|处|局|室|部门|大队|队|站|支队|科室)[^，,。；;]{0,6}?(配合|协调|支持|协助|介入|帮忙|会商|一起|处理|解决|答复|把关|确认|意见|审核|定(?![期时点])|拍板)(?!了|过)")]
    // "环评处答复了": the department has answered — nothing is left for it to do.
    // "(?<![废污…])": "进废水站处理" is the enterprise's treatment plant, not a department.
    private static partial Regex DepartmentNeeded();

    [GeneratedRegex(@"^((已经?|我)?转(给|交|到)?[^，,。\s]{0,4}(科|处|站|大队|中心|办公室)|让|叫|要求|督促|建议|提醒|请|嘱咐|已经|已|都已|均已|现已|约定|约好|约了|计划|准备|下周|后续|明天|我说|回头|帮|当场|当面|答复|回复|告知|告诉|解释|(企业|他们|对方|厂里|厂方)?(答应|承诺|表示|同意)|(跟|和|与|向)(企业|他们|对方|厂里|负责人)(讲|说|提|交代|强调)|(还没|尚未|暂未|还未|暂时没)[^，,。]{0,5}$|经解释|经沟通|回答|我(跟|和|给|让|叫|已|也|按|把|帮|查|翻|就|马上|明确|当场|觉得|认为|感觉)|(跟|和|给)(他|她|他们|对方)(说|讲)|(企业|他们|对方|厂里|厂方|老板)(会|将|已经在|正在)|这个我|这个(要|得|需要)|我不清楚|不清楚|不归我们|不属于我们|不是我们(管|的事)|不是我们[^，,。]{0,4}能(办|管|批|做|定)|(需要|要|得)(问|请|找|报|等|向)|等[^，,。]{0,8}(回复|答复|消息|结果|意见)|问问|我?建议|(企业|他们|对方)?(发了?|发来|拍了?|传了?)[^，,。]{0,3}(照片|图片|截图|视频))")]
    private static partial Regex MeasureStart();

    // "企业说是仪器故障": once the problem is told, what the enterprise says next is its explanation, not a second problem.
    // "查了是数采仪坏了", "原因是调节池停留时间不够": once the problem is told, its cause is a note, not a second problem.
    [GeneratedRegex(@"^(查了|查下来|检查|经查|排查)?(一下)?(是|发现是)|^(原因是|理由是|是因为|因为|原因)|^(说是|据说是|听说是|估计是|可能是|怀疑|[^，,。；;]{1,6}(怕是|恐怕))")]
    private static partial Regex Cause();

    [GeneratedRegex(@"^(企业|他们|他|她|对方|厂里|厂方|老板|厂长|负责人)(说|称|表示|解释|反馈说|回复说)")]
    private static partial Regex EnterpriseSays();

    [GeneratedRegex(@"^(他们|它们|他|她|企业|对方|厂里|厂方|老板|(那|这)家(厂|公司|企业)|厂长|负责人|(新来的)?(小伙子|小姑娘)|环保负责人|环保专员|环保员|安环|安环部|安环科|经理|[^，,。]{0,3}?经理|[^，,。]{0,3}?主任|[^，,。]{0,3}?总|[^，,。]{0,5}?(矿长|主管|班长|专员|科长|部长|厂长|站长)([小老][\u4e00-\u9fa5])?|[小老][\u4e00-\u9fa5]|[\u4e00-\u9fa5]工|公司|(刚才?)?有一?家企业(打电话|打来电话|来电话|来电|发微信)?(来)?)?(在?(微信|电话|QQ|qq|钉钉)(上|里)?|打(了个?)?电话(过)?来?|打来电话|来电话?|发(了个?)?微信(过)?来?)?(主要|这次|本次)?(顺带|顺便)?(先|又|还|也)?(问了|问|咨询了|咨询(?!日|会)|询问了|询问|反映了|反映|反馈了|反馈|提出了|提出|提到|说是(?!否)|说|了解到|反应(?=$|了|说)|提出来|提了|想了解|想问|请教|关心|关于|就|有关|问到|问起|讲(?!解|清|了)|发现|存在|检查发现|现场发现|看到|查看发现|查看|看了|指出|提醒|想知道|想咨询|讨论|商量|研究|来问|问我(?!们)|上次(说|提|问|讲|反映|反馈)的|(上次|上回|之前|上个?月|上周|节前|年前|前几天|那天)(现场|走访|检查)?(发现|看到|查到|说|提|讲|反映|反馈)的?)(?<!问(?=题))(了|一下|下(?![月周个午])|的是|的|到|个)?[:：]?")]
    private static partial Regex ProblemLead();

    [GeneratedRegex(@"^((企业|厂里|厂方|对方)(?=想|打算|准备|计划)|呃|嗯|喂|哎|唉|嘛|对了|然后呢|但是|但(?![凡])|不过|只是|可是|就是|经查看|经现场查看|经查|经检查|经现场检查|上次|上回|当时|那时候?|原话(是|说)?[:：]?|(之前|此前|上次|上回)的|之前|此前|来说|(刚|刚刚|刚才)?来电(话)?(?=问|说|咨询|反映)|来(?=[微电问咨qQ])|刚(?=[微电打来视qQ问])|发来|发过来|有一?家(?!企业)|聊了?(一?下)?|的(小|老)[\u4e00-\u9fa5]|本人|赴|前往|跑了|走了一趟|走了趟|那个|前阵子|有家企业|有个企业|有一家企业|前几天|前两天|前些天|这两天|这几天|近几天|最近一?(周|段时间|几天|两天)|最近|近期|近来|主要是?|顺路|一趟|趟|那边|这边|他们|过来|(的)?(环保|安环)?(负责人|老板娘|老板|厂长|经理|科长|主任|专员)|一家企业|某企业|某家企业|一家|今天|昨天|前天|大前天|今早|今晚|昨晚|刚才|刚刚|上午|下午|中午|早上|晚上|傍晚|夜里|半夜|凌晨|深夜|去(?!年)|到(?!底|位|期)|在(?!线)|和|那块的?|这块的?|那边的|这边的|最后|然后|后来|后面|接着|随后|跟|与|给|对(?!方)|了(?!解)|又|一起|再次|联系|联系了|沟通|沟通了|一下|下(?![雨雪月周个])|打(?![砂磨桩])|个|我们(?![这那厂公单企])|我(?!们)|帮|在(?!线)|的|和他们|跟他们|补记一下|补报一下|补记|补报|的[\u4e00-\u9fa5]{1,2}(工|总|经理|主任|科长|厂长|部长|站长|主管)|开了?(?![采发工挖机启展车关口])|去了|到了|进行|开展|做了|检查了|走访了|走访|回访|回访了|服务|指导|询问|，|,|\s)")]
    private static partial Regex LeadFiller();

    // "执法队上月查到窑尾在线监测颗粒物有超标记录": who found it and when is not part of what was found (blind set 50).
    [GeneratedRegex(@"^(执法(大)?队|执法人员|督察组?|监测站|市局|省厅)(上个?月|上周|前几天|前段时间|之前|近期|今年)?(来)?(检查|抽查|抽测|监测)?(时)?(查到|查出|发现)(了)?")]
    private static partial Regex InspectorFound();

    // "问题是泄漏点修复超期", "反映的问题是…": the guide names the problem; the label is not part of it.
    [GeneratedRegex(@"^(存在的|发现的|反映的|反馈的|提出的|提到的|主要的?|有个|有一个|其中)?问题(就是|是|为|在于)[:：]?")]
    private static partial Regex ProblemLabel();

    // What makes the words before a completed fix a problem ("窑头粉尘问题已整改完", "标签怎么贴已解答") rather than the
    // thing that was fixed ("集气罩已经装好了", which reports a resolution and names no problem).
    // "活性炭更换记录齐全": a finding that something is in order, not a problem.
    [GeneratedRegex(@"(齐全|完好|完备|规范|良好|合格|达标|完善|到位|还可以|还行|可以|正常)(了|的)?$")]
    private static partial Regex InOrder();

    // Words that say something is wrong — also a state of things without 不/没/超 ("好氧池污泥膨胀", "二沉池翻泥", "出水有点浑",
    // "油漆桶堆到门口了") and something running out ("处置合同到期"): blind sets 13, 14, 22, 31. "除臭喷淋塔停着", "排污证延续
    // 啥时候申请" (blind set 70).
    [GeneratedRegex(@"[不未没缺超漏损坏异错裂]|(?<![压温时误])差|(?<!除)臭|无组织|扣分|发黑|发臭|发红|发黄|变色|浑浊|突然|破(?!碎)|紧张|中断|掉线|传不上|断了|(塔|机|泵|设施|设备|装置|站|炉|系统)停着|停运|断档|缺失|丢失|老化|老旧|膨胀|翻泥|到期|浑|堆到|堆满|积水|积灰|积尘|积油|淤积|结垢|板结|有点高|有点低|上涨|涨价|油花|油膜|偏小|偏大|过小|过大|(?<![不超])过(远|近|长|短|多|少|慢|快|密|宽|窄|薄|厚)|(有点|有些|很大的?|比较大的?)味道|满了|快满|升高|增大|增加|偏高|偏低|过高|过低|接近限值|超负荷|进度慢|进展慢|太慢|偏慢|较慢|很慢|扬尘|异味|噪声大|渗漏|溢流|外溢|满溢|外逸|泄漏|乱堆|乱放|随意|露天|下降|失效|堵了|堵塞|跳车|冒(白|黑|黄)?烟|上浮|怀疑|问题|隐患|投诉|故障|报警|怎么|如何|吗|能否|是否|要不要|能不能|可不可以|需不需要|有没有|多少|哪些|哪个|哪家|哪里|什么|啥|几时|多久|多长时间|算不算|行不行|够不够|往上(走|涨)|(?<![了过好])几(年|个月|天|次|家)")]
    private static partial Regex ProblemMarker();

    [GeneratedRegex(@"(，|,)?(已经|已|都|均|也|并|当场|当面|现场|基本|全部|就|我|给|帮|他们|对方|企业)*(已解决|解决了|已经解决|已解答|解答了|当场解答|当面解答|当场回复|当场答复|当面答复|办好|已办|教了|已教|已答复|答复了|已回复|回复了|讲清楚了|说清楚了|解释了|告知了|已告知|已处理|处理好了)[了。！!]*$")]
    private static partial Regex TrailingResolution();

    // What is left of a clause that only says who/when/how ("今天上午电话联系了长宏国际") once names are taken out.
    // Words first, single characters after: an alternation takes the first that matches ("时间" before the 时 of 及时).
    // "在交投矿山现场待了一下午", "加了微信说的", "打了几个电话", "机械厂那家" (blind sets 69, 70).
    [GeneratedRegex(@"(安环|环保|设备|生产|技术)(科长|部长|主管|副总|经理|主任|专员)|待了(一|半)?个?(上午|下午|天|整天|晚上|会儿?)|加了?个?(微信|[qQ]{2})|说的|后来|[几两三]个电话|[\u4e00-\u9fa5]{1,4}(厂|公司)(那家|那边)|(半|[一二两三四五六七八九十几0-9]{1,2})个?(小时|钟头|分钟)|挺久|好久|很久|服务记录|记录|值班(的|人员)?|具体(?=哪|时间|日期|几号)|(厂名|名字|名称|电话|号码|联系方式)(也)?没(有)?(记|留|问)(下来|住|到)?|[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}[号日]?|(?<=哪天|几号|日期|时间)(忘了|忘记了)|(我)?代(打|去|问|跑)的?|[\u4e00-\u9fa5]{2,3}(出差|休假|请假)(了|去了)?|(本子|笔记本|记录本)落[^，,。\s]{0,4}了?|没(什么|啥)?活(干)?|哪天|找了?我|哪一天|不记得|记不得|没(去|过去)(现场)?|的人|[\u4e00-\u9fa5]工(?![艺厂作程业地资序])|记不(太)?清(楚)?了?|还是|(问|说|提)了?(个|一个|件)事(情)?|时间|前阵子|前段时间|安环部|安环科|安全环保部|环保部|环保科|打电话来|电话来|暂时|本人|赴|前往|跑了|走了一趟|走了趟|走一趟|于|通过|与|出差|休假|请假|替|记一下|照片|图片|截图|顺路|前些天|前几天|前两天|这几天|会上|提出来|提出了|提出|一趟|趟|问了我|问了|问我|问(?!题)|发来|发过来|发了|发(?!来)|过来|跟你说|说一下|你|啊|呀|吧|呢|嗯|呃|喂|嘛|哎|唉|哈|对了|就是|跟你讲|(还是|又是|都是)?老(问题|毛病)|那个|(微信|[qQ]{2}|(?<![a-zA-Z])[qQ]|电话|网|群)(上|里)|日期|方式|一家|某家|某|环保负责人|负责人|的?老板娘|安环|通了|通|咨询|询问|反映|问题|发来|发过来|一个|一圈|转了|看过|来电|打过|节前|节后|会议|连线|那块|这块|上上周|上周末|上周|本周|这周|周末|上个?礼拜|上个?星期|补班|上个月|上月|今天|昨天|前天|大前天|今早|昨晚|刚才|刚刚|刚|之前|以前|走了|我来|今晚|[（）()]|[两二三四五几]个问题|的[\u4e00-\u9fa5]{1,2}(工|总|经理|主任|科长|厂长|部长|站长|主管)|的?(小|老)[\u4e00-\u9fa5]|\d{4}年|上午|下午|中午|早上|晚上|傍晚|一起|一下|再次|联系|沟通|电话|打|通话|致电|电联|微信|[vVwW][xX]|视频|语音|腾讯会议|视频会|[qQ]{2}|现场|走访|上门|实地|踏勘|检查|查看|回访|服务|指导|例行|日常|常规|看看|看了|看一看|企业|公司|厂区|厂里|厂|进行|开展|做|交流|对接|拜访|聊|问候|情况|了解|近期|最近|生产|经营|工作|一趟|一次|下|也|还|都|均|又|过|先|后|进去|过去|聊了|帮扶|送|政策|上门服务|宣传|宣贯|沟通了|讲|约|好|那边|这边|那家|这家|及时|主动|其他|我们|[去到在和跟与给对了又我们个的将把其他这家那边里]|[两二三四五几]个(事情|事|问题)|整改|[0-9]+|[，,。.！!？?；;：:\s]")]
    private static partial Regex MetaResidue();

    // "检查喷砂房除尘设施", "了解生产情况": what was looked at, with nothing found wrong.
    // "顺便宣传了一下生态环境法典": the guide spread the word on the law — nothing wrong (blind set 43).
    // "企业发来锅炉烟气检测报告，氮氧化物接近限值": the report is what was looked at; the finding follows (blind set 50);
    // "发来了上次说的雨污管网图 雨水口那段确实跟机修间地沟连着" (blind set 70).
    // "现场检查了一遍": once the leads are cut ("检查了" is one), "一遍" is all that is left of it (blind set 59).
    [GeneratedRegex(@"^(顺便|顺带|还|也|并)?(宣传|宣贯|普法)[^不未没缺差超漏破损坏异臭味问题投诉]*$|^(检查|查看|看了下|看了一下|看了|看看|看一下|了解|察看|巡查|核查)[^不未没缺差超漏破损坏异臭味问题投诉]*$|^[^不未没缺差超漏破损坏异臭味问题投诉]{1,10}(检查|查看|看了看|看了下|巡查)(了|一下|了?一(遍|圈|趟))?$|^(一|几)(遍|圈|趟)$|^(企业|他们|对方|厂里)?(发来|发了|传来|交来|报来|送来|提交了?|上传了?)?[^不未没缺差超漏破损坏异臭味问题投诉]{0,16}(报告|报表|图|图纸|照片|资料|材料|文件)$")]
    private static partial Regex RoutineCheck();

    [GeneratedRegex(@"[不未没缺超漏破损坏异]|(?<![压温时误])差|(?<!除)臭")]
    private static partial Regex Negative();

    // "扬尘很大", "车间外臭味明显": how bad something is — the clause says what is wrong.
    [GeneratedRegex(@"(很|较|比较|特别|非常|挺|太|偏)?(?<![增变加扩放])(大|重|浓|明显|严重|厉害|刺鼻|呛人|偏高|偏低|过高|过低)了?$|(?<![提升降最太很较])(高|低)$|投诉|太(远|近|小|少|慢|多|旧|脏|乱|短|窄|薄)了?$")]
    private static partial Regex Symptom();

    [GeneratedRegex(@"(的事|的事情|一事|这件事|那件事|的问题)$|^(主要)?(还是|是)?[^，,。]{2,12}(那块|这块|那一块|这一块|方面)$|^(扬尘|废气|废水|噪声|危废|固废|异味|[Vv][Oo][Cc][Ss]|污泥|雨污分流|在线监测)$")]
    private static partial Regex Topic();

    // "坞内冲砂粉尘外溢的问题": the label "the matter of" is not part of the problem ("…的事" stays: most writers keep it).
    [GeneratedRegex(@"(?<=.{4})(的问题|那个问题|那个事|那件事|的那个(他们|企业|对方)?)$")]
    private static partial Regex TopicEnding();

    // "发酵车间异味大周边居民有意见": the neighbours' reaction follows the problem; it is not part of it — unless it is what
    // makes it one ("打砂粉尘周边居民有投诉": blind set 43).
    [GeneratedRegex(@"(?<=.{4})(周边|周围|附近)(的)?(居民|村民|群众|住户)?有(意见|反映|投诉)$")]
    private static partial Regex NeighboursReact();

    [GeneratedRegex(@"[，,。；;！!？?：:\s—｜|→～~]+|(?<=[\u4e00-\u9fff])(?:啊|嗯|呃)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?<![已经就都也我他她们])(?=当场)")]
    private static partial Regex ClauseBreak();

    // "1、废塑料破碎车间粉尘…  2、雨污管网…": a list number before a problem is not part of it.
    [GeneratedRegex(@"^([（(]?\d{1,2}[)）、]|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．](?!\d)|[一二三]是|其[一二]是?|首先|其次|(还有)?(一个|第[一二三]个?)是)")]
    private static partial Regex ListNumber();

    // Said without punctuation (voice input): what the guide told them, and a "but", start a clause of their own
    // ("…有没有调整我跟他说没有调整", "…清理得还可以就是船台边上有几桶废油漆没盖盖子让他们马上盖好"); what was asked on
    // a call the guide made starts one too ("我替他跟益民打了个电话（今天）问中秋国庆停不停炉", blind set 62).
    [GeneratedRegex(@"(?<=[^，,。；;！!？?：:\s])(?=我(跟|和|给)(他|她|他们|对方|企业|老板|负责人|厂长|经理|[小老][\u4e00-\u9fa5])[^，,。；;！!？?：:\s]{0,3}(说|讲)|(?<=[^我跟和给对向去到在进])(企业|他们|对方|厂里)说|(?<=[^我跟和给对向帮替])(他们|对方)(又|还)?(问|想问|咨询|想(?=申请|要|办|上|建|扩))|(?<=[^，,。；;！!？?：:\s])说是|(?<=.{4}的问题)(?=他们|企业|然后)|我(查|看|问|翻|核)(了|过)|(?<=打电话过来|打电话来|打来电话|来电话|发微信过来|打电话给我)(?=问|说|咨询|反映)|(?<=(打了|打过|通了)个?电话([（(][^（()）]{0,6}[）)])?)(?=问|咨询)|(?<=转了一圈|走了一圈|看了一圈|让我看一下|让我看看)(?=[\u4e00-\u9fff])|(?<![其我们跟和给对向])(他|她)说|我(让|叫|要求)(他们|企业|对方)|我把|我(今天|昨天|前天|上午|下午|刚才|刚刚|当场|现场)|(?<![已经场并就也再又都我])(让|叫|要求)(他们|企业|对方)|(?<![跟和给对向诉])我说|我(回复|答复|告诉|告知)|(跟|和)(他|她|他们)(说|讲)|就是|但是|不过|可是|主要是|怀疑(?!是否)|我已经)|(?<=[”」])(?=[\u4e00-\u9fff])")]
    private static partial Regex SpokenAnswer();

    // "…月底前完成复测。另外企业问…": where the message turns to a second matter (see SecondMatter for a clause).
    [GeneratedRegex(@"(?<=[，,。；;\s])另外")]
    private static partial Regex SecondMatterTurn();

    // "3号还是4号", "上周二还是周三": one of two days — neither is taken (blind sets 49, 50 leave the date empty).
    private const string EitherDayPattern = @"[0-9一二三四五六七八九十]{1,2}号还是[0-9一二三四五六七八九十]{1,2}号|(周|星期|礼拜)[一二三四五六日天]还是(周|星期|礼拜)?[一二三四五六日天]";

    [GeneratedRegex(EitherDayPattern)]
    private static partial Regex EitherDay();

    // "上周电话", "上个月去过", "前几天": a time, not a day — asked, not taken as today (issue 8: ambiguity is asked about).
    // "周末值班打电话过来": Saturday or Sunday? — but "大家周末好好休息呀" is small talk (blind set 42).
    // "上月说的危废处置合同到期的事": an earlier contact referred to, not a vague day for this one (blind set 60).
    [GeneratedRegex(EitherDayPattern + @"|(上上|上个?)(周|星期|礼拜)(?![一二三四五六日天1-7])(?!(说|提|讲|发现|看到|查到|反映|反馈)的)|上个?月(?![\d一二三四五六七八九十底末])(?!(说|提|讲|发现|看到|查到|反映|反馈)的)|(?<!这个?|本)周末(?=[^，,。；;\s]{0,6}?(打|电话|微信|视频|[qQ]{2}|来|去|到|上门|现场|值班|联系|找|问|说))|前几天|前两天|前些天|前段时间|前阵子|这几天|那几天|^之前(?=去|到|走访|上门|电话|联系|看)|(哪天|哪一天|几号|日期|时间)(记不(得|清|太清)|不记得|忘了)|(记不(得|清)|不记得|忘了)(是)?(哪天|哪一天|几号)")]
    private static partial Regex VagueDate();

    /// <summary>"周五周报我晚点交", "周三局里开会": the guide's own paperwork or meeting on that day.</summary>
    [GeneratedRegex(@"^的?(周报|月报|例会|(局里|分局)?开会|会议|培训|请假|休假)")]
    private static partial Regex OwnChore();

    // "…有渗滤液流出来问我怎么办": the problem told, then the request for help, which says nothing more about it.
    // "…活性炭多久换一次他们拿不准", "…多久没换了他们也说不清": that they are unsure says nothing more about what was asked.
    // "危废标签新规问了": the question named, then that it was asked.
    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5]{2})(问了|问过了|咨询了|问过)$|(?<=.{4})(咋整|咋办)$|(，|,)?(问|请教|咨询)(我|我们)?(该|应该)?(怎么办|怎么处理|咋办|怎么弄|如何处理|怎么整改|如何整改|咋整改)[。？?]*$|(?<=(多久|多少|怎么|如何|哪些|哪个|什么|要不要|能不能|几(轮|次|年|个月|天|遍|家|个)|[^，,。\s]{2}吗)[^，,。\s]{0,6})(他们|企业|对方|厂里)(也|都)?(拿不准|不清楚|不确定|不知道|搞不清|吃不准|说不清楚?)$")]
    private static partial Regex TrailingAsk();

    [GeneratedRegex(@"(他们|对方|厂方)?(已经|已|都|均|也|并|当场|当面|基本|全部|就|现在|目前|一直)*$")]
    private static partial Regex TrailingAdverbs();

    [GeneratedRegex(@"正在|整改中|跟进中|跟踪中|处理中|报(上去|过去)了|已经?上报|(已经|正|还)在[^，,。]{0,2}(修|改|弄|换|查|处理|整改)")]
    private static partial Regex TrailingProgress();

    [GeneratedRegex(@"^(电话联系|电话沟通|电话回访|来电话|打来电话|通了个?电话|通电话|电话|打电话|打了个电话|打了电话|致电|电联|[vVwW][xX]|微信联系|微信沟通|微信群里|微信群|微信上|微信|发微信|[qQ]{2}上|[qQ]{2}|[qQ]上|扣扣上|扣扣|视频连线|视频会议|视频通话|视频会|视频|腾讯会议|现场走访|现场检查|现场查看|现场服务|现场|走访|上门|实地查看|实地|踏勘)(了|中|时|的时候|上|里)?")]
    private static partial Regex ChannelLead();

    // "先聊了聊他们搬新厂区的进度", "又扯到他儿子考公的事", "她先抱怨了半天…": the talk before the business, not the problem;
    // so is the weather or the traffic on the way ("雨下得大", "风很大", "来回路上堵了四十分钟"), and greetings to the group
    // ("午饭时间打扰一下哈", "台风刚过大家都还好吧", "哎呀这两天忙晕了": blind set 42); and how the contact went, not what
    // was wrong ("做了月度走访", "打电话没人接", "不记得是昨天还是前天了": sets 34, 36, 38).
    [GeneratedRegex(@"^(他|她|他们|老板|厂长|对方)?(先|又|还)?(聊了?(聊|会儿?|一会儿?|半天|挺久|很久|好久|几句|一阵)|扯(到|了)|抱怨了?|寒暄|闲聊|拉家常)|^(雨下得?(很|挺|太|特别)?大|下着(大|小)?雨|(海上|外面)?(风|雨)(很|挺|太|特别)?大|(今天)?天?(很|挺|太|真)(热|冷)|船差点没开|(路上|来回)[^，,。；;]{0,6}堵|堵车)|打扰(一下)?[哈啊呀]?$|大家[^，,。；;]{0,4}好[吧啊呀]?$|^各位(领导|同事|老师|同志)?[^，,。；;！!]{0,4}好[吧啊呀]?$|^大家辛苦了?$|^不好意思|^收到(提醒|通知)?[～~！!。啦了哈呀啊嗯的]*$|^[^，,。；;]{0,8}(电话|微信|现场|视频)(联系|沟通|走访)?(改成|改为|换成)(微信|电话|现场|视频|[qQ]{2})(了)?$|^(不对|说错了|写错了|搞错了|记错了)[啊呀]?$|^不是(今天|昨天|前天|上周[一二三四五六日]?|周[一二三四五六日]|[0-9一二三四五六七八九十]{1,2}(号|日))?$|^(这周|本周|这几天|最近|目前|暂时|现在)?(没|没有|未|暂未|还没)(在)?(生产|开工|开机|投产|排放|排污|外排|新增排污)$|忙(晕|死|疯)了|(台风|暴雨)刚过|^(做了?|进行了?|开展了?)?(一次)?(月度|例行|季度|日常|定期|常规)的?(走访|回访|检查|巡查|联系|服务)$|^(打了?)?([一二两三四五几0-9]次)?(电话)?([一二两三四五几0-9]次)?(都|也|一直|还是)?(" + CallNotAnswered + @"|没接)了?$|^(" + NobodyThere + @")$|^打了[一二三四五两几0-9]次$|^(我)?(也)?(不记得|记不清|记不太清)|^还是[^，,。；;]{0,6}忘了$")]
    private static partial Regex SmallTalk();

    // How the enterprise took the answer ("跟他们说不行必须交有资质单位 企业不太满意", "已要求立即封堵 企业不太配合"): a
    // remark for 其他说明, not a second problem that would displace the one told ("废漆渣处置费太贵想自己烧掉", blind
    // set 57).
    [GeneratedRegex(@"^(企业|他们|对方|老板|厂里|厂方|厂长|负责人)?(表示|显得|好像|似乎)?(不太|不是很|不大|很不|有点不|不怎么|不)(满意|高兴|乐意|情愿|认可|服气|理解|配合)(了|啊|呀)?$|^(企业|他们|对方|老板|厂里|厂方)(有(点|些)?(意见|怨言|情绪)|抱怨了?几句)$")]
    private static partial Regex Reaction();

    // "先到欧莱克厂里转了一圈", "然后去看了废水站", "最后跟安环主管对台账": the steps of a visit told in order, not what
    // was wrong (the problem comes with 发现).
    [GeneratedRegex(@"^[^，,。；;]{0,4}?(先|然后|接着|再|随后|之后|最后|后来)[^，,。；;]{0,4}?(去|到|跟|和|给|看|查看|翻|对|在|转|聊到|说到|讲到)")]
    private static partial Regex VisitStep();

    // "去矿区走了一圈", "去石化码头那边看了": where the guide went and looked, not what was wrong (blind set 24).
    [GeneratedRegex(@"^(我)?(去|到)了?[^，,。；;]{1,10}?(看了|看过|转了|走了)(一?(圈|趟|下|眼|看))?$")]
    private static partial Regex WentToLook();

    // "今天电话问了电厂那边": whom the guide asked, no more.
    [GeneratedRegex(@"(问了?|联系了?|找了?)[^，,。；;]{1,8}(那边|这边)$")]
    private static partial Regex AskedAround();

    // "酵解中心的老板娘（厂长出差了）", "恒安（舟恒）": an aside in brackets says who, not what was wrong.
    [GeneratedRegex(@"[（(][^（）()]{1,12}[）)]")]
    private static partial Regex Aside();

    // "答：要办", "已答复：…": the guide's answer follows the colon, not a new problem.
    [GeneratedRegex(@"^(答|答复|已答复|回复|已回复|解答|回答|我说|告知|已告知)$")]
    private static partial Regex AnswerLabel();

    // "…水位偏高，担心雨季溢流", "…容量不足，雨天易满溢": what the problem will lead to is part of telling it.
    [GeneratedRegex(@"担心|(?<![不别])怕|容易|易(?=[满溢漏堵超冒散扬])|会有|会导致|导致")]
    private static partial Regex Consequence();

    // "让他们去补，还没回复": the enterprise was told what to do and has not reported back — under way, not nothing done.
    [GeneratedRegex(@"(让|叫|要求|督促)(他们|企业|对方|厂里)")]
    private static partial Regex InstructionGiven();

    // "加工车间清洗废水量增加后，厂内污水处理站处理能力不够": when it began, not what is wrong.
    [GeneratedRegex(@"(?<![落滞延前然随最])(后|以后|之后)$")]
    private static partial Regex Since();

    // "4月13号", "3号", "3.5": a date on the calendar, not a weekday or a relative day.
    [GeneratedRegex(@"[0-9月号日]")]
    private static partial Regex CalendarDate();

    // "另外下周他们有船进坞 问要不要报备", "还有原料堆场没有全覆盖": a second matter, after the first problem was told.
    [GeneratedRegex(@"^(另外|另|还有|此外|再有)(?!一下)")]
    private static partial Regex SecondMatter();

    // "海力生 昨天电话 …": a name opening the message, followed by when or how, that is none of the candidates'.
    [GeneratedRegex(@"^([\u4e00-\u9fa5]{2,6}?)(?=\s*(那边|这边)?\s*(今天|昨天|前天|上周|本周|这周|本月|这个?月|上个?月|周[一二三四五六日]|刚|电话|微信|视频|现场|上午|下午|我|[0-9]))")]
    private static partial Regex OpeningName();

    // "填埋场地下水监测井", "危废转移联单": a thing named on its own, which the next clause says is wrong.
    [GeneratedRegex(@"^[^了过着是要想把让去看说查问]{2,12}(井|单|线|池|间|库|塔|机|罐|口|站|炉|房|设备|装置|设施|系统|台账|证|报告|方案|管网|管道|车间)$")]
    private static partial Regex BareThing();

    // "问流程", "问延续怎么弄" after "…到期" only ask how (see CoreOf).
    [GeneratedRegex(@"^(问|想问|咨询)?(一下|下)?(延续|续期|续证|换证|备案|变更)?(的)?(流程|手续|怎么(弄|办|搞|走)|咋(弄|办|搞))$")]
    private static partial Regex OnlyHow();

    // What makes a clause a question rather than a finding.
    [GeneratedRegex(@"怎么|如何|吗|能否|是否|要不要|能不能|可不可以|需不需要|有没有|有无|多少|哪些|哪个|哪家|哪里|往哪|什么|多久|多长时间|算不算|行不行|够不够|不知道|[？?]")]
    private static partial Regex AskedWords();

    /// <summary>"问清明有无限产 没有", "问要不要备案 要": the guide's one-word answer to what was asked.</summary>
    [GeneratedRegex(@"^(没有|没|不用|不需要|不要|要的?|需要的?|可以的?|不行|不可以|能的?|不能|有的?|不会|会的?)[。！!]?$")]
    private static partial Regex BareAnswer();

    // "发现危废仓库门口标识牌是老版本的": what the guide found is what is wrong, however it is worded.
    [GeneratedRegex(@"^(现场|检查|查看|经查|经检查)?发现")]
    private static partial Regex Found();

    // "已按固废科意见回复", "根据大气科意见": the department's view, already given.
    [GeneratedRegex(@"(按|根据|依据|依照)[^，,。；;]{0,6}意见|的(答复|回复|意见)(已经?|都)")]
    private static partial Regex DepartmentAnswered();

    // "去了海峰废旧物资回收站": the full name of a works the guide went to (at least four characters before its kind).
    [GeneratedRegex(@"(?:去了|到了)([\u4e00-\u9fa5]{4,12}(?:回收站|公司|厂|码头|中心|基地))(?=[，,。；;\s]|$)")]
    private static partial Regex VisitedWorks();

    // "封闭了但是喷淋没装": a "but" turns from what is in order to what is not.
    [GeneratedRegex(@"^(但是|但|可是|不过|只是)")]
    private static partial Regex Contrast();

    // "小李说下午还要去市局送材料", "老周刚问我年前还去不去宁波", "刚开完会", "哈哈": colleagues' talk around the account.
    [GeneratedRegex(@"[小老][\u4e00-\u9fa5](刚才?|又|还|也)?(说|问|讲)|[\u4e00-\u9fa5]科(长)?(刚才?)?(说|问|讲)|开完会|食堂|哈哈|对了|热死|冷死|累死|风好大|太热了|太冷了|好热|好冷|热得|冷得|真冷|真热|风大|说正事|吃了没")]
    private static partial Regex ColleagueTalk();

    // What follows a name that says when or how ("长宏今天上午现场走访").
    [GeneratedRegex(@"^(那边|这边)?(今天|昨天|前天|上午|下午|刚才|刚刚|电话|现场|微信|视频|[qQ]{2}|上周|本周|这周|周[一二三四五六日]|\d)")]
    private static partial Regex WhenOrHow();

    // "再生利用那块", "再生利用车间": a part of the works, named after the enterprise's name (see ProblemText).
    private const string PartOfWorksWords = "那块|这块|那一块|这一块|板块|车间|项目|厂区|区域";

    [GeneratedRegex("^(" + PartOfWorksWords + ")")]
    private static partial Regex PartOfWorks();

    [GeneratedRegex("(" + PartOfWorksWords + ")$")]
    private static partial Regex PartOfWorksEnding();

    /// <summary>Emoji (outside the Basic Multilingual Plane) and pictographic symbols (✅ ❌ ☑ ✔).</summary>
    [GeneratedRegex(@"[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u2600-\u27BF\u2B00-\u2BFF\uFE0F]")]
    private static partial Regex EmojiOrSymbol();

    /// <summary>What the enterprise wants to do or to have: "他们想申请补助资金", "企业打算扩建一条生产线".</summary>
    [GeneratedRegex(@"^(他们|企业|对方|老板|厂里|厂方)?(想|打算|准备|计划)(要)?(申请|办理?|上|新建|扩建|改建|建|扩产|搬迁|换证|延续|变更|争取)")]
    private static partial Regex Request();

    [GeneratedRegex(@"^(今天|昨天|前天|刚才|刚刚|今早|今晚|上午|下午|中午|晚上|早上|周[一二三四五六日天]|上周[一二三四五六日天]|礼拜[一二三四五六天])(上午|下午|中午|晚上|早上)?$")]
    private static partial Regex DayLead();

    // "石化上周四QQ上发了个问题 储罐区…", "企业这边提了个事，问…": announces the matter that follows (blind sets 39, 40).
    [GeneratedRegex(@"(发|提|说|反映)了?(个|一个|两个|几个|件)(问题|事情?)$")]
    private static partial Regex AnnouncesMatter();

    // "冷库氨制冷那块问要不要做环境应急预案备案": the part of the works, then what was asked about it (blind set 40).
    [GeneratedRegex(@"^[^，,。；;]{1,12}?(那块|这块|那一块|这一块)的?(他们|企业)?(问|想问|咨询)(了|一下)?")]
    private static partial Regex TopicThenAsk();

    // "他们这周就换掉", "他们下周就去弄", "他们月底前去备案": the enterprise's own next step, with nothing for the guide to do
    // ("他们在改", "他们在找检测单位" is under way now: two blind writers keep it open).
    // "他说知道了，会尽快准备材料": the same, said without naming who (blind set 46).
    [GeneratedRegex(@"^((他们|企业|对方|厂里|厂方)(自己)?(这周|本周|下周|月底前?|明天|过两天|回头|马上)?就?(会|去|准备|打算)?|(会|将)(尽快|马上)?)[^我让叫在，,。；;\s]{0,8}$")]
    private static partial Regex EnterpriseNextStep();

    // The words by which the enterprise raises something; with 说/称 they are anything it said.
    private const string Raises = "反映|反馈|提出|问|咨询";

    [GeneratedRegex("说|" + Raises)]
    private static partial Regex AskedOrSaid();

    [GeneratedRegex("^(那边|这边)?(说|称|" + Raises + ")")]
    private static partial Regex SpeaksAfterName();

    // "运行正常。企业反映节前订单少，…": what the enterprise raises is told as such, after a "nothing wrong" (blind set 47).
    [GeneratedRegex("^(企业|他们|对方|厂里|厂方|负责人)?(" + Raises + ")")]
    private static partial Regex RaisedLead();

    [GeneratedRegex(@"今天|今日|今早|今晚")]
    private static partial Regex TodayWords();

    [GeneratedRegex(@"^(其他|其它)(情况|说明|事项)?$|^备注$")]
    private static partial Regex NotesLabel();

    [GeneratedRegex(@"(怎么|如何|咋)(整改|办|处理|弄|解决|改)")]
    private static partial Regex HowToFix();

    [GeneratedRegex(@"^(就|也|还|另外|顺便|并)?(提醒|叮嘱|嘱咐|交代)")]
    private static partial Regex Reminded();

    /// <summary>"刚有家企业打电话问…": some enterprise, not named — not the guide's only one by default.</summary>
    [GeneratedRegex(@"有(一)?家企业|有个企业|有家公司|有个公司|一家企业")]
    private static partial Regex SomeEnterprise();

    /// <summary>
    /// "打造漆厂电话两次都没人接 明天再打", "大门锁着…人都不在，没看成": the guide tried and did not reach the enterprise.
    /// Not a contact (DOMAIN.md §2 counts phone contacts and visits made), so there is no problem or outcome to record (blind set 65).
    /// </summary>
    [GeneratedRegex(CallNotAnswered + "|" + NobodyThere)]
    private static partial Regex NotReached();

    // The words for a call not answered and a visit with nobody there, shared by NotReached and SmallTalk (a clause
    // saying only that is not the problem).
    private const string CallNotAnswered = "没人接听|没人接|没接通|没打通|打不通|无人接听|关机|占线|不在服务区|没联系上|联系不上";
    private const string NobodyThere = "(大门|门)(锁着|锁了|关着)|人(都|也)?不在|没(见到|碰到|找到)人|扑(了个)?空|没看成";

    /// <summary>"…没人接 后来微信上回了", "第二次打通了": reached after all.</summary>
    [GeneratedRegex(@"后来|回了|回复了|回电|接通了|(?<!没)打通了|联系上了|(?<!没)见到了|(?<!没)接了")]
    private static partial Regex ReachedAfterAll();

    [GeneratedRegex(@"(说|表示|反映|称|讲)(?!明)")]
    private static partial Regex ReportedSpeech();

    [GeneratedRegex(@"^[^，,。；;\s]{0,8}?(已经|已)")]
    private static partial Regex DoneBy();

    /// <summary>Towns and islands of Zhoushan a guide names a works by ("干览那个污水厂", "金塘的"), right before the name.</summary>
    [GeneratedRegex(@"(?<place>干览|金塘|白泉|马岙|岑港|小沙|双桥|盐仓|临城|环南|城东|解放|昌国|北蝉|册子|长白|沈家门|岱山|嵊泗|普陀|六横|朱家尖|虾峙|桃花|东港|展茅|秀山|衢山|洋山|高亭|长峙|鲁家峙)(那个|那家|那边的?|这个|的)?$")]
    private static partial Regex PlaceBefore();

    /// <summary>"不对，是昨天打的", "说错了 是上周五", "不是今天，是昨天": what the guide corrects the day to follows.</summary>
    [GeneratedRegex(@"((不对|说错了|写错了|打错了|搞错了|记错了|更正(一下)?|纠正(一下)?)[，,。！!\s]*(是|应该是|改成|改为|为)?|不是[^，,。]{1,8}?[，,\s]*(而)?是)$")]
    private static partial Regex CorrectedTo();

    [GeneratedRegex(@"^(联系|沟通)?(改成|改为|换成)")]
    private static partial Regex ChangedTo();

    [GeneratedRegex(@"刚(才|刚)?[^，,。；;\s]{0,6}?(打|视频|微信|电话|去|到|跟|和|给|联系|通|回访|走访)")]
    private static partial Regex JustNowContact();

    [GeneratedRegex(@"[^，,。；;！!？?：:\s]{25,}")]
    private static partial Regex LongRun();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff]{4})(?<![们我他她都也就还业方里说被])(?<!意见|答复|回复)(?=已经|预计|在等|正在|我都|我已|周边(?!的?(企业|厂))|附近的?(居民|村民)|他们查了|查了是|一切(都)?正常|其他(都|一切)?正常|最近在|没有?新增)")]
    private static partial Regex RunTurn();

    /// <summary>"…提醒了节日期间危废暂存别超期 没别的问题": the account closes saying nothing else was wrong.</summary>
    [GeneratedRegex(@"(没|没有|无)(别的|其他|其它)(问题|事)了?[。！!]?$")]
    private static partial Regex NothingElse();

    [GeneratedRegex(@"^[^，,。；;]{0,6}?(明天|后天|下周|下次|改天|下个?月|回头|过两天)(再)?(去|排|联系|打|跑|走访)")]
    private static partial Regex VisitPlanned();
}
