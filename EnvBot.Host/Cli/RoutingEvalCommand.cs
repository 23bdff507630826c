using System.Text.Encodings.Web;
using System.Text.Json;
using EnvBot.Knowledge.Routing;
using EnvBot.Knowledge.Routing.Evaluation;
using EnvBot.Knowledge.Routing.Llm;

namespace EnvBot.Host.Cli;

/// <summary>
/// <c>eval routing FILE.jsonl</c>: routes every question of a dev.jsonl-format file and prints one JSON line per item
/// (UTF-8, Chinese unescaped), then the accuracy lines (data/routing/README.md "Suggested use"). Predictions see only
/// the text; labels, when present, are read for scoring. Runs without the database or the web app. The LLM is used
/// only when <c>Llm:Enabled</c> is set (environment <c>Llm__Enabled=true</c> etc.).
/// </summary>
public static class RoutingEvalCommand
{
    private static readonly JsonSerializerOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool Handles(string[] args) => args is ["eval", "routing", ..];

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not ["eval", "routing", var file, ..])
        {
            await error.WriteLineAsync("用法：eval routing FILE.jsonl").ConfigureAwait(false);
            return 2;
        }
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"找不到文件：{file}").ConfigureAwait(false);
            return 2;
        }
        IReadOnlyList<LabelledQuestion> questions;
        try
        {
            questions = LabelledQuestion.ReadJsonLines(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
        }
        catch (InvalidDataException e)
        {
            await error.WriteLineAsync($"无法读取 {file}：{e.Message}").ConfigureAwait(false);
            return 2;
        }

        var llm = SemanticKernelDepartmentAdvisor.FromOptions(configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>());
        var router = DepartmentRouter.CreateDefault(llm);
        var report = await RoutingEvaluator.RunAsync(router, questions, cancellationToken).ConfigureAwait(false);
        foreach (var item in report.Items)
        {
            var decision = item.Decision;
            await output.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = item.Question.Id,
                ["department"] = decision.Department,
                ["out_of_scope"] = decision.OutOfScope,
                ["confidence"] = Math.Round(decision.Confidence, 3),
                ["why"] = decision.Why,
                ["decided_by"] = decision.DecidedBy.ToString(),
                ["secondary"] = decision.Secondary,
            }, LineOptions)).ConfigureAwait(false);
        }
        await output.WriteLineAsync($"routing table {router.Table.Version}, LLM {(llm is null ? "off" : "on")}, {questions.Count} questions").ConfigureAwait(false);
        foreach (var line in report.SummaryLines())
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
        return 0;
    }
}
