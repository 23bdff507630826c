using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Identity;
using EnvBot.Dialogs.Main;
using EnvBot.Knowledge.Routing.Admin;

namespace EnvBot.Dialogs.Routing;

/// <summary>
/// The routing table in chat (issue 5): 路由表 (what is in force and its versions), 添加路由词 / 删除路由词 (each a new
/// version in force at once), 启用路由表 (put an earlier version back), 路由测试 (where a question would go, and why).
/// </summary>
public sealed class RoutingAdminCommands(RoutingTableAdmin admin)
{
    public async Task<string> RunAsync(MainCommand command, string argument, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var by = turnContext.Identity().PersonName ?? turnContext.Activity.From?.Name ?? "管理员";
        return command switch
        {
            MainCommand.RoutingTable => await admin.DescribeAsync(cancellationToken).ConfigureAwait(false),
            MainCommand.AddRoutingTerms => await admin.AddTermsAsync(argument, by, cancellationToken).ConfigureAwait(false),
            MainCommand.RemoveRoutingTerm => await admin.RemoveTermAsync(argument, by, cancellationToken).ConfigureAwait(false),
            MainCommand.ActivateRoutingTable => await admin.ActivateAsync(argument, by, cancellationToken).ConfigureAwait(false),
            MainCommand.TestRouting => await admin.TestAsync(argument, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
        };
    }
}
