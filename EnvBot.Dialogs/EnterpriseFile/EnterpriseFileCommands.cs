using EnvBot.Data.Domain.People;
using EnvBot.Data.EnterpriseFiles;
using EnvBot.Data.Guides;
using EnvBot.Dialogs.Guides;

namespace EnvBot.Dialogs.EnterpriseFile;

/// <summary>
/// "金鹰的档案" (guide, block lead, leader) and "我的企业档案" (the enterprise's bound contact): the file and the
/// account (一企一账) in chat, with a signed link to the page that shows the same with a timeline.
/// </summary>
public sealed class EnterpriseFileCommands(EnterpriseFileService files, EnterpriseTimeline timeline, ReportLinks links)
{
    /// <summary>The enterprise a staff member names, within what they may see; or the problem to show.</summary>
    public async Task<(PairedEnterprise? Enterprise, string? Problem)> ResolveAsync(UserIdentity staff, string name, CancellationToken cancellationToken)
    {
        var scope = await files.ScopeAsync(staff, cancellationToken).ConfigureAwait(false);
        var mentions = EnterpriseMatcher.Find(name, scope).Select(m => m.Enterprise).DistinctBy(e => e.EnterpriseId).ToList();
        if (mentions.Count == 0)
        {
            mentions = scope.Where(e => e.Name.Contains(name, StringComparison.Ordinal)).ToList();
        }
        if (mentions.Count > 1 && mentions.Count(m => m.IsOwn) == 1)
        {
            // The sender's own enterprise is the one meant (DOMAIN.md §2: names are matched among their own first).
            mentions = mentions.Where(m => m.IsOwn).ToList();
        }
        return mentions.Count switch
        {
            0 => (null, EnterpriseFileReplies.UnknownEnterprise(name)),
            > 1 => (null, EnterpriseFileReplies.Ambiguous(name, mentions.Select(m => m.Name))),
            _ when !mentions[0].IsOwn => (null, EnterpriseFileReplies.NotYourEnterprise),
            _ => (mentions[0], null),
        };
    }

    public async Task<string> ViewAsync(UserIdentity staff, string name, CancellationToken cancellationToken)
    {
        var (enterprise, problem) = await ResolveAsync(staff, name, cancellationToken).ConfigureAwait(false);
        return enterprise is null ? problem! : await RenderAsync(enterprise.EnterpriseId, enterprise.Name, false, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> MyFileAsync(UserIdentity contact, CancellationToken cancellationToken)
    {
        if (contact.EnterpriseId is not { } id || await files.EnterpriseAsync(id, cancellationToken).ConfigureAwait(false) is not { } enterprise)
        {
            return EnterpriseFileReplies.NotBoundToEnterprise;
        }
        return await RenderAsync(id, enterprise.Name, true, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> RenderAsync(int enterpriseId, string name, bool forEnterprise, CancellationToken cancellationToken)
    {
        var file = await files.FileAsync(enterpriseId, cancellationToken).ConfigureAwait(false);
        var account = await timeline.ForEnterpriseAsync(enterpriseId, forEnterprise, cancellationToken).ConfigureAwait(false);
        return EnterpriseFileReplies.View(name, file, account, forEnterprise, links.EnterpriseFile(enterpriseId, forEnterprise));
    }
}
