using EnvBot.Knowledge.Policy;
using EnvBot.Knowledge.Routing;

namespace EnvBot.Host.Knowledge;

/// <summary>
/// Loads the policy index and the router in the background at start (seconds of dictionary and index work), so the
/// first enterprise to ask a question does not wait. Off with <c>Knowledge:WarmUp=false</c> (the test hosts).
/// </summary>
public sealed class KnowledgeWarmUp(Lazy<PolicySearch> search, LiveDepartmentRouter router, IConfiguration configuration, ILogger<KnowledgeWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Knowledge:WarmUp", true))
        {
            return Task.CompletedTask;
        }
        return Task.Run(async () =>
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            _ = router.Current;
            _ = search.Value;
            logger.LogInformation("Policy index and router ready in {Seconds:F1} s", started.Elapsed.TotalSeconds);
            // Issue 6: with an embedding model configured, the corpus vectors are computed once here; until then and
            // if the model fails, questions are answered with BM25 alone.
            if (await search.Value.WarmEmbeddingsAsync(stoppingToken).ConfigureAwait(false))
            {
                logger.LogInformation("Policy embeddings ready in {Seconds:F1} s", started.Elapsed.TotalSeconds);
            }
        }, stoppingToken);
    }
}
