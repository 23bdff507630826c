using System.Globalization;
using EnvBot.Data.Time;
using EnvBot.Host.Jobs;
using EnvBot.Host.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

namespace EnvBot.Host.Tests.Jobs;

/// <summary>
/// Quartz's persistent store in EnvBot's SQLite file (issue 5, ARCHITECTURE.md § Scheduling): a restart neither
/// loses nor duplicates a trigger, and a run missed while the host was down fires once at the next start. These run
/// the real scheduler, so on the real clock (a frozen FakeTimeProvider makes Quartz spin); the job logic itself is
/// tested with a fake clock by calling <c>LedgerDeadlineService</c> directly (LedgerLoopTests, LedgerReminderTests).
/// </summary>
// Reads QRTZ_ tables through the SQLite file; PostgresJobStoreTests covers the same on PostgreSQL.
[Trait("Database", "SqliteFile")]
public sealed class QuartzJobStoreTests
{
    private static Task<TestHost> StartWithSchedulerAsync(string databasePath, Action<WebApplicationBuilder>? configure = null) =>
        TestHost.StartAsync(
            databasePath: databasePath,
            settings: new Dictionary<string, string?>
            {
                ["Jobs:Enabled"] = "true",
                // A run one second late counts as missed, so the test need not wait a minute for a misfire.
                ["Jobs:MisfireThreshold"] = "00:00:01",
            },
            configure: builder =>
            {
                builder.Services.AddSingleton(TimeProvider.System);
                configure?.Invoke(builder);
            });

    [Fact]
    public async Task Restart_SameDatabaseFile_DeadlineTriggerStoredOnceAndNotReplaced()
    {
        var path = TestHost.NewDatabasePath();
        try
        {
            DateTimeOffset firstStart;
            DateTimeOffset? firstNext;
            await using (var host = await StartWithSchedulerAsync(path))
            {
                var trigger = await TriggerAsync(host, LedgerDeadlineJob.TriggerKey);
                Assert.Equal("0 0 9 * * ?", Assert.IsType<ICronTrigger>(trigger, exactMatch: false).CronExpressionString);
                Assert.Equal(BureauTime.Zone.Id, ((ICronTrigger)trigger).TimeZone.Id);
                Assert.Equal((int)CronTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstructionCode);
                (firstStart, firstNext) = (trigger.StartTimeUtc, trigger.NextFireTimeUtc);
                Assert.Equal(9, BureauTime.ToBureau(firstNext!.Value).Hour);
            }

            await using (var host = await StartWithSchedulerAsync(path))
            {
                var trigger = await TriggerAsync(host, LedgerDeadlineJob.TriggerKey);
                // Kept as stored, not re-added: a re-added trigger would start at the second start.
                Assert.Equal(firstStart, trigger.StartTimeUtc);
                Assert.Equal(firstNext, trigger.NextFireTimeUtc);
                var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
                Assert.Single(await scheduler.GetTriggersOfJob(LedgerDeadlineJob.Key));
            }

            Assert.Equal(1L, Scalar(path, "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'ledger-deadlines-0900'"));
            Assert.Equal(1L, Scalar(path, "SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = 'ledger-deadlines'"));
        }
        finally
        {
            TestHost.DeleteDatabase(path);
        }
    }

    [Fact]
    public async Task Restart_TriggerDueWhileHostWasDown_FiresOnceAtStartThenProceeds()
    {
        var path = TestHost.NewDatabasePath();
        var runs = new ProbeRuns();
        ScheduledJob? schedule = null;
        DateTimeOffset due = default;
        try
        {
            await using (var host = await StartWithSchedulerAsync(path, b => b.Services.AddSingleton(runs).AddTransient<ProbeJob>()))
            {
                // A daily run three seconds from now, built like every EnvBot job (cron in Asia/Shanghai, fire once on
                // misfire) and stored the way JobRegistration stores them; the first start is too slow to plan around.
                due = BureauTime.ToBureau(DateTimeOffset.UtcNow.AddSeconds(3));
                var cron = string.Create(CultureInfo.InvariantCulture, $"{due.Second} {due.Minute} {due.Hour} * * ?");
                schedule = ScheduledJob.Cron<ProbeJob>(ProbeJob.Key, ProbeJob.TriggerKey, cron);
                var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
                await JobRegistration.RegisterAsync(scheduler, schedule, NullLogger.Instance, default);
                var trigger = await TriggerAsync(host, ProbeJob.TriggerKey);
                Assert.Equal(Truncate(due), trigger.NextFireTimeUtc);
            }
            Assert.Equal(0, runs.Count);

            // The host is down when the run is due, and stays down past the misfire threshold.
            while (DateTimeOffset.UtcNow < due.AddSeconds(3))
            {
                await Task.Delay(200);
            }

            // The restarted host has the same job in its registrations, so JobRegistration leaves the stored trigger be.
            await using (var host = await StartWithSchedulerAsync(path, b => b.Services.AddSingleton(runs).AddEnvBotJob<ProbeJob>(schedule!)))
            {
                for (var i = 0; i < 100 && runs.Count == 0; i++)
                {
                    await Task.Delay(100);
                }
                await Task.Delay(2000);
                Assert.Equal(1, runs.Count);
                // …and the schedule goes on: next run tomorrow at the same time, not a second catch-up.
                var trigger = await TriggerAsync(host, ProbeJob.TriggerKey);
                Assert.Equal(Truncate(due).AddDays(1), trigger.NextFireTimeUtc);
            }
        }
        finally
        {
            TestHost.DeleteDatabase(path);
        }
    }

    private static DateTimeOffset Truncate(DateTimeOffset t) =>
        new DateTimeOffset(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, t.Offset).ToUniversalTime();

    private static async Task<ITrigger> TriggerAsync(TestHost host, TriggerKey key)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return await scheduler.GetTrigger(key) ?? throw new InvalidOperationException($"{key} is not stored");
    }

    private static long Scalar(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    public sealed class ProbeRuns
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    public sealed class ProbeJob(ProbeRuns runs) : IJob
    {
        public static readonly JobKey Key = new("probe", "tests");
        public static readonly TriggerKey TriggerKey = new("probe-daily", "tests");

        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            runs.Add();
            return ValueTask.CompletedTask;
        }
    }
}
