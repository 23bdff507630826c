using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EnvBot.Data.Persistence.Migrations;

/// <summary>
/// Quartz.NET's job store tables (QRTZ_…) in EnvBot's database, created by a migration of each provider so that
/// they are versioned, applied at start with everything else, and need no DDL rights at run time (ARCHITECTURE.md
/// § Scheduling: the persistent job store in the same database).
/// </summary>
/// <remarks>
/// The scripts in Quartz/ are Quartz 4.7.3's own create scripts (embedded in Quartz.dll as
/// Quartz.Impl.AdoJobStore.Schema.create_{sqlite,postgres}.sql), copied unchanged and pinned by version: every
/// statement is CREATE … IF NOT EXISTS, so the migration is safe on a database where Quartz already provisioned
/// itself. A Quartz upgrade that changes the schema gets a new migration with that release's migration script;
/// this one is never edited. At start the store validates the schema (SchemaProvisioning.Validate) and refuses to
/// run on a missing table or column.
/// </remarks>
public static class QuartzSchema
{
    public const string TablePrefix = "QRTZ_";

    public const string Sqlite = "quartz-4.7.3-sqlite.sql";
    public const string PostgreSql = "quartz-4.7.3-postgres.sql";

    /// <summary>The tables, children before parents, for Down.</summary>
    private static readonly string[] Tables =
    [
        "JOB_STATUS", "MISFIRE_HISTORY", "EXECUTION_HISTORY", "LOCKS", "SCHEDULER_STATE", "FIRED_TRIGGERS",
        "PAUSED_JOB_GRPS", "PAUSED_TRIGGER_GRPS", "CALENDARS", "BLOB_TRIGGERS", "SIMPROP_TRIGGERS", "CRON_TRIGGERS",
        "SIMPLE_TRIGGERS", "TRIGGERS", "JOB_DETAILS",
    ];

    /// <summary>The script's statements with the table prefix filled in; Quartz separates them with a line "--;;".</summary>
    public static IReadOnlyList<string> Statements(string script)
    {
        var name = $"EnvBot.Data.Persistence.Migrations.Quartz.{script}";
        using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        return text.Split("\n--;;\n")
            .Select(s => string.Format(CultureInfo.InvariantCulture, s, TablePrefix, TablePrefix).Trim())
            // The header is comments only.
            .Where(s => s.Split('\n').Any(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal)))
            .ToList();
    }

    public static void Create(MigrationBuilder migrationBuilder, string script)
    {
        foreach (var statement in Statements(script))
        {
            migrationBuilder.Sql(statement);
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {TablePrefix}{table};");
        }
    }
}
