using Quartz;

namespace EnvBot.Host.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with the in-memory store for now: jobs are thin and the due state lives in the ledger tables, so a
    /// restart re-registers the trigger (<see cref="JobRegistration"/>) and loses nothing. The persistent ADO store
    /// in the same database (QRTZ_ tables via a migration) is still to come.
    /// </summary>
    public static IServiceCollection AddEnvBotJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTransient<LedgerDeadlineJob>();
        services.AddTransient<ConsultationDayReminderJob>();
        services.AddQuartz(q => q.UseInMemoryStore(_ => { }));
        if (configuration.GetValue("Jobs:Enabled", true))
        {
            services.AddHostedService<JobRegistration>();
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }
        return services;
    }
}
