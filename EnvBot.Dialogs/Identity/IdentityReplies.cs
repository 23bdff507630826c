using EnvBot.Data.Domain.People;
using EnvBot.Data.Identity;

namespace EnvBot.Dialogs.Identity;

/// <summary>What the identity feature says (issue 4).</summary>
public static class IdentityReplies
{
    public const string BindUsage = "请发送“绑定 绑定码”，例如：绑定 7KQ2M9XA。绑定码由管理员生成。";
    public const string AskEnterpriseName = "请告诉我贵单位的企业全称（与营业执照一致），也可以把企业名称和统一社会信用代码一起发给我。";
    public const string AskCreditCode = "请输入贵单位的统一社会信用代码（18位，见营业执照）。";
    public const string AskContactName = "请问您的姓名？（用于工作人员与您联系，可输入“跳过”）";
    public const string CodeMismatch = "该企业在我们的记录中登记的统一社会信用代码与您输入的不一致，请核对营业执照；如确有变更，请联系指导员或管理员处理。";
    public const string GenerateCodeUsage = "请发送“生成绑定码 姓名”，例如：生成绑定码 方静卫。";
    public const string ImportUsage = "请发送“导入结对表”，并在同一条消息的下一行起粘贴结对表 CSV 内容（表头：seq,enterprise_name,block,block_leads,guide,note）。";
    public const string NotBoundYet = "您还没有绑定身份。\n\n- 局内工作人员：请向管理员索取绑定码，然后发送“绑定 绑定码”\n- 企业用户：请发送“企业认证”，按提示填写企业名称和统一社会信用代码";

    public static string Bound(UserIdentity identity) => $"绑定成功！{identity.PersonName}，您好。您的角色：{RolesText(identity)}。";

    public static string BindFailed(BindingOutcome outcome) => outcome switch
    {
        BindingOutcome.UnknownCode => "绑定码不正确，请核对后重新发送（绑定码为8位字母数字，不区分大小写）。",
        BindingOutcome.ExpiredCode => "该绑定码已过期，请联系管理员重新生成。",
        BindingOutcome.UsedCode => "该绑定码已被使用过（每个绑定码只能使用一次），请联系管理员重新生成。",
        BindingOutcome.BoundToSomeoneElse => "您的账号已绑定为其他人员，不能再绑定。如有误，请联系管理员。",
        BindingOutcome.AlreadyBound => "您已经绑定过了，无需重复绑定。",
        _ => "绑定未成功，请联系管理员。",
    };

    public static string EnterpriseBound(UserIdentity identity) =>
        $"认证成功！您已绑定为“{identity.EnterpriseName}”的联系人。之后您的咨询、预约和办理进度都会记在贵单位名下。";

    public static string ConfirmEnterprise(string name, string code, string? contact) =>
        $"请确认：\n\n- 企业名称：{name}\n- 统一社会信用代码：{code}\n- 联系人：{contact ?? "（未填写）"}\n\n信息无误吗？";

    public static string WhoAmI(UserIdentity identity, string channelId, string userId)
    {
        if (!identity.IsKnown)
        {
            return NotBoundYet;
        }
        var lines = new List<string>();
        if (identity.IsStaff)
        {
            lines.Add($"您是 **{identity.PersonName}**（局内工作人员）");
            lines.Add($"角色：{RolesText(identity)}");
            if (identity.DepartmentName is not null)
            {
                lines.Add($"所在处室：{identity.DepartmentName}");
            }
        }
        if (identity.IsEnterpriseContact)
        {
            lines.Add($"您是 **{identity.EnterpriseName}** 的{RoleNames.EnterpriseContact}");
        }
        lines.Add($"当前账号：{channelId} / {userId}");
        return string.Join("\n\n", lines);
    }

    public static string CodeCreated(string personName, string code, DateTimeOffset expiresAt) =>
        $"已为 {personName} 生成绑定码：**{code}**\n\n请让本人在任意渠道（Teams、网页聊天）发送“绑定 {code}”。绑定码只能使用一次，{expiresAt:yyyy年M月d日 HH:mm} 前有效。";

    public static string PersonNotFound(string name) => $"没有找到名为“{name}”的人员，请核对姓名（或先导入结对表）。";

    public static string RolesText(UserIdentity identity) =>
        identity.Roles.Count == 0 ? "（无）" : string.Join("、", identity.Roles.Order().Select(RoleNames.Chinese));
}
