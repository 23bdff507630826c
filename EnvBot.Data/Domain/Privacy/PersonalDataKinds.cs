namespace EnvBot.Data.Domain.Privacy;

/// <summary>The kinds of personal data whose viewing is recorded (<see cref="PersonalDataAccess.Kind"/>).</summary>
public static class PersonalDataKinds
{
    public const string IdNumber = "身份证号码";
    public const string SessionList = "咨询日名单（联系人、电话）";
    public const string ReviewQueue = "待审预约（联系人、电话）";
    public const string EnterpriseFile = "企业档案（联系人）";
    public const string PairingList = "结对服务企业清单（联络人）";
    public const string EnforcementRecord = "移交执法记录";
}
