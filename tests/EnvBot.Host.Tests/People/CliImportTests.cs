using EnvBot.Data.Persistence.Seeding;
using EnvBot.Host.Cli;
using EnvBot.Host.Tests.Infrastructure;

namespace EnvBot.Host.Tests.People;

/// <summary><c>dotnet run --project EnvBot.Host -- import pairings FILE.csv</c>, run in-process through CliCommands.</summary>
// Reads or hands over the SQLite file itself; the PostgreSQL pass of test.sh leaves it out (Database!=SqliteFile).
[Trait("Database", "SqliteFile")]
public sealed class CliImportTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(string databasePath, params string[] args)
    {
        var app = EnvBotApp.Build(["--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={databasePath}", "--Seed:DemoData=false", "--Logging:LogLevel:Default=Warning"]);
        await using (app)
        {
            await EnvBotApp.PrepareAsync(app);
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await CliCommands.RunAsync(app, args, output, error);
            return (exit, output.ToString(), error.ToString());
        }
    }

    [Fact]
    public async Task ImportPairings_CleanFileTwice_ExitZeroAndSecondRunAddsNothing()
    {
        var database = TestHost.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var file = Path.Combine(Path.GetTempPath(), $"pairings-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, DatabaseSeeder.ReadSeed("dinghai-pairings.csv"));
        try
        {
            var first = await RunAsync(database, "import", "pairings", file);
            var second = await RunAsync(database, "import", "pairings", file);

            Assert.Equal(0, first.Exit);
            Assert.Contains("- 企业：金塘污水处理厂", first.Output, StringComparison.Ordinal);
            Assert.Equal(0, second.Exit);
            Assert.StartsWith("新增 0 项，变更 0 项，未变 31 项，无法读取 0 行。", second.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
            TestHost.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task ImportPairings_MalformedRow_ExitOneAndLineReported()
    {
        var database = TestHost.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var file = Path.Combine(Path.GetTempPath(), $"pairings-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "seq,enterprise_name,block,block_leads,guide,note\n1,舟山甲公司,1,夏爱萍,方静卫,\n2,舟山乙公司,x,夏爱萍,方静卫,\n");
        try
        {
            var result = await RunAsync(database, "import", "pairings", file);

            Assert.Equal(1, result.Exit);
            Assert.Contains("- 第3行：区块“x”不是正整数", result.Output, StringComparison.Ordinal);
            Assert.Contains("- 企业：舟山甲公司", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
            TestHost.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task ImportPairings_MissingFileOrArguments_ExitTwoWithMessage()
    {
        var database = TestHost.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        try
        {
            var missing = await RunAsync(database, "import", "pairings", "/nonexistent/none.csv");
            var usage = await RunAsync(database, "import");

            Assert.Equal((2, "找不到文件：/nonexistent/none.csv"), (missing.Exit, missing.Error.Trim()));
            Assert.Equal(2, usage.Exit);
            Assert.StartsWith("用法：import pairings FILE.csv", usage.Error, StringComparison.Ordinal);
        }
        finally
        {
            TestHost.DeleteDatabase(database);
        }
    }
}
