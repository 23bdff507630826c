using System.Globalization;
using System.Text.RegularExpressions;
using EnvBot.Data.Guides;
using EnvBot.Dialogs.Builder;
using EnvBot.Dialogs.Builder.Schema;
using EnvBot.Dialogs.Identity;
using EnvBot.Dialogs.Proactive;

namespace EnvBot.Dialogs.Guides;

/// <summary>
/// 企业反向测评 (DOMAIN.md §2): after a guide logs a contact that solved something, the enterprise's contacts are asked
/// to rate it; "评价服务 12 5 意见" (typed or a button) records the rating once. The assessment averages them.
/// </summary>
public sealed partial class ServiceRatingCommands(ServiceRatingService ratings, Data.Identity.IdentityService identities, ProactiveOutbox outbox)
{
    /// <summary>Asks the enterprise's bound contacts, in their own chats, to rate the contact; returns how many were asked.</summary>
    public async Task<int> AskAsync(long recordId, int enterpriseId, string guide, DateOnly date, string channel, string problem, CancellationToken cancellationToken)
    {
        var asked = 0;
        foreach (var (channelId, userId) in await identities.EnterpriseAccountsAsync(enterpriseId, cancellationToken).ConfigureAwait(false))
        {
            var activity = Activity.CreateMessage(ServiceRatingReplies.Request(recordId, guide, date, channel, problem));
            activity.SuggestedActions = new SuggestedActions { Actions = ServiceRatingReplies.Buttons(recordId).Select(b => CardAction.ImBack(b.Title, b.Value)).ToList() };
            if (await outbox.TellAccountAsync(channelId, userId, $"service-rating:{recordId}", activity, null, cancellationToken).ConfigureAwait(false) != TellResult.NoConversation)
            {
                asked++;
            }
        }
        return asked;
    }

    /// <summary>"12 5 解答很及时" from a contact of the rated enterprise.</summary>
    public async Task<string> RateAsync(string argument, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var m = RatingText().Match(argument);
        if (!m.Success || !long.TryParse(m.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var recordId))
        {
            return ServiceRatingReplies.Usage;
        }
        var score = int.Parse(m.Groups["score"].Value, CultureInfo.InvariantCulture);
        var (outcome, rating) = await ratings.RateAsync(recordId, turnContext.Identity().EnterpriseId!.Value, score, m.Groups["comment"].Value, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            ServiceRatingOutcome.Rated => ServiceRatingReplies.Rated(recordId, score),
            ServiceRatingOutcome.AlreadyRated => ServiceRatingReplies.AlreadyRated(recordId, rating),
            _ => ServiceRatingReplies.NotFound(recordId),
        };
    }

    // "#12 5分 很好", "12，4 还行": the number, a score 1–5 (分 optional), then any comment.
    [GeneratedRegex(@"^#?(?<id>\d+)\s*[，,、\s]\s*(?<score>[1-5])\s*分?(?![\d])[\s，,。:：]*(?<comment>.*)$", RegexOptions.Singleline)]
    private static partial Regex RatingText();
}
