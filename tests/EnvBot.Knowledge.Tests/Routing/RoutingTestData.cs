using EnvBot.Knowledge.Routing;

namespace EnvBot.Knowledge.Tests.Routing;

/// <summary>One router for the whole test run (jieba's dictionary and the classifier load once) and the shared data files.</summary>
internal static class RoutingTestData
{
    private static readonly Lazy<DepartmentRouter> Shared = new(() => DepartmentRouter.CreateDefault());

    public static DepartmentRouter Router => Shared.Value;

    /// <summary>../shared/data/routing/dev.jsonl, found by walking up from the test's base directory.</summary>
    public static string DevSetPath => FindUp(Path.Combine("shared", "data", "routing", "dev.jsonl"));

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
