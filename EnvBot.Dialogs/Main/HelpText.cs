using EnvBot.Data.Domain.People;

namespace EnvBot.Dialogs.Main;

/// <summary>
/// 帮助 shows what the writer can do, by role (issue 4: the menu and help list only what works for them): an enterprise
/// manager does not need the administrator's commands, a guide needs the contact log first.
/// </summary>
public static class HelpText
{
    public const string Heading = "我能做的事：";
    public const string Footer = "请直接输入以上文字，或点击下方按钮。";

    private static readonly string[] Everyone =
    [
        "- **咨询日安排**：下一场企业环保咨询日的时间、主题地点和预约截止时间",
        "- **预约咨询日**：登记参加企业环保咨询日（可一条消息发多项信息，提交前可修改）",
        "- 直接输入环保政策问题（如“排污许可证到期怎么延续”），我会引用法规条文回答",
    ];

    private static readonly string[] Stranger =
    [
        "- **企业认证**：企业用户填写企业名称和统一社会信用代码，绑定为企业联系人",
        "- **绑定 绑定码**：局内工作人员用管理员给的绑定码绑定身份",
    ];

    private static readonly string[] EnterpriseContact =
    [
        "- **我的预约**、**取消预约 编号**、**顺延预约 编号**（名额已满时下月优先）、**评价预约 编号 分数 意见**",
        "- **我要咨询 问题**：交相关处室答复；**我的问题进度**：查看办理情况；回答不满意时发 **转人工**",
        "- **整改清单**、**整改回复 编号 整改情况**：体检发现问题的整改（可附照片、PDF 或 Office 文件）",
        "- **评价服务 记录编号 分数 意见**：为指导员的服务打分（1–5 分）",
        "- 收到局里的通知后点 **已阅**（或回复“已阅 编号”）",
        "- **我的企业档案**：本企业的档案（一企一档）和全部事项、走访、预约、整改记录（一企一账）",
    ];

    private static readonly string[] Guide =
    [
        "- 直接说服务情况即可记录，如“今天上午电话联系了金鹰，他们问危废标识怎么设，已当场解答”，确认后保存",
        "- **我的企业**：本周电话、本月走访是否完成，未解决的问题，近期还有谁联系过",
        "- **金鹰的档案**：查看企业档案和台账；**金鹰 排污许可证 编号 重点管理 2027-03-31到期**、**金鹰 主要污染物 VOCs、颗粒物**：填写档案（确认后保存，证照到期前自动提醒）",
        "- **体检记录 企业** 换行逐条写问题（依据、建议、期限）；**整改通过 编号**、**整改退回 编号 原因**",
    ];

    private static readonly string[] BlockLeadOrLeader = ["- **移交执法 编号 原因**：逾期未整改的问题移交执法支队（附全部记录）"];

    private static readonly string[] BlockLead = ["- **转办 编号 处室 原因**：指导员上报的本区块问题改交其他处室办理"];

    private static readonly string[] Exports = ["- **导出结对清单**、**导出月度汇总 2026-11**：Excel 下载链接"];

    private static readonly string[] DepartmentStaff =
    [
        "- **设为本处室工作群 处室**：在处室群里发送，交办事项会发到这里",
        "- **待办**：本处室未办结的事项（时限近的在前）",
        "- **认领 编号**、**回复 编号 答复内容**、**转办 编号 处室 理由**、**退回 编号 理由**、**办结 编号**",
    ];

    private static readonly string[] NoticeSenders =
    [
        "- **发通知 类别=重点监管 时间=12月1日 9:00 通知正文**（或 行业= / 区域= / 企业=金鹰、旺能）、**确认通知 编号**、**通知回执 编号**：向企业推送通知，查看谁已阅、谁需电话通知",
    ];

    private static readonly string[] GeneralReviewer =
    [
        "- **待审预约**、**受理预约 编号**、**退回预约 编号 理由**、**重复预约 编号 事项编号**、**确认席位 编号**",
        "- **咨询日计划 主题：… 地点：…**、**咨询日名单**、**路由测试 问题**（看问题会分给哪个处室）",
        "- **查看证件 编号**（可加用途，如“查看证件 12 现场核验”）：完整身份证号的查看链接（几分钟内有效，仅限本人，每次打开都会登记）",
    ];

    private static readonly string[] Leader =
    [
        "- **批准咨询日计划 月份**、**咨询日名单**",
        "- **本月考核**、**考核排名 2026-11**、**调整考核 姓名 月份 等级 理由：…**",
        "- **本周问题清单**、**金鹰的档案**（企业档案和台账）",
    ];

    private static readonly string[] InformationOfficer = ["- **本周问题清单**：指导员本周收集的问题，可下载 Excel"];

    private static readonly string[] Administrator =
    [
        "- **生成绑定码 姓名**、**导入结对表**（粘贴表格）、**发送失败**",
        "- **路由表**、**添加路由词 处室 词语**、**删除路由词 词语**、**启用路由表 版本号**、**路由测试 问题**",
    ];

    private static readonly string[] Always =
    [
        "- **我是谁**：查看您绑定的身份和角色",
        "- **帮助**：显示本说明（任何时候都可以输入）；**取消**：退出正在进行的操作",
    ];

    public static string For(UserIdentity identity)
    {
        var lines = new List<string> { Heading, "" };
        lines.AddRange(Everyone);
        if (!identity.IsKnown)
        {
            lines.AddRange(Stranger);
        }
        if (identity.IsEnterpriseContact)
        {
            lines.AddRange(EnterpriseContact);
        }
        if (identity.Has(Role.Guide) || identity.Has(Role.BlockLead))
        {
            lines.AddRange(Guide);
        }
        if (identity.Has(Role.DepartmentStaff) || identity.Has(Role.DepartmentHead))
        {
            lines.AddRange(DepartmentStaff);
        }
        if (identity.Has(Role.GeneralReviewer))
        {
            lines.AddRange(GeneralReviewer);
        }
        if (identity.Has(Role.DepartmentStaff) || identity.Has(Role.DepartmentHead) || identity.Has(Role.GeneralReviewer) || identity.Has(Role.Leader))
        {
            lines.AddRange(NoticeSenders);
        }
        if (identity.Has(Role.Leader))
        {
            lines.AddRange(Leader);
        }
        else if (identity.Has(Role.InformationOfficer))
        {
            lines.AddRange(InformationOfficer);
        }
        if (identity.Has(Role.BlockLead) && !identity.Has(Role.DepartmentStaff) && !identity.Has(Role.DepartmentHead))
        {
            lines.AddRange(BlockLead);
        }
        if (identity.Has(Role.BlockLead) || identity.Has(Role.Leader))
        {
            lines.AddRange(BlockLeadOrLeader);
        }
        if (identity.Has(Role.Leader) || identity.Has(Role.InformationOfficer))
        {
            lines.AddRange(Exports);
        }
        if (identity.Has(Role.Administrator))
        {
            lines.AddRange(Administrator);
        }
        lines.AddRange(Always);
        lines.Add("");
        lines.Add(Footer);
        return string.Join("\n", lines);
    }
}
