using EnvBot.Knowledge.Policy;
using Microsoft.Extensions.Time.Testing;

namespace EnvBot.Knowledge.Tests.Policy;

/// <summary>Builds the index over the shipped corpus once for all policy test classes; "today" is the dev set's 2026-11-25.</summary>
public sealed class PolicyFixture
{
    public PolicyFixture()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(8)));
        Corpus = PolicyCorpus.LoadBuiltIn();
        Search = new PolicySearch(Corpus, Time);
    }

    public FakeTimeProvider Time { get; }
    public PolicyCorpus Corpus { get; }
    public PolicySearch Search { get; }

    /// <summary>A file under /work/shared/data, found by walking up from the test binaries.</summary>
    public static string SharedData(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"shared/data/{relative} not found above {AppContext.BaseDirectory}");
    }
}
