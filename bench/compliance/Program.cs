// Issue 8 benchmark: the monthly compliance evaluation for 100,000 pairings and 2,000,000 service records must take
// < 2 s with constant memory per pairing. Prints figures; asserts nothing (targets live here, not in unit tests).
// Run: dotnet run -c Release --project bench/compliance [-- pairings records]
using System.Diagnostics;
using EnvBot.Data.Domain.Calendar;
using EnvBot.Data.Domain.Compliance;
using EnvBot.Data.Persistence.Seeding;

var pairingCount = args.Length > 0 ? int.Parse(args[0]) : 100_000;
var recordCount = args.Length > 1 ? int.Parse(args[1]) : 2_000_000;
var programmes = ReferenceData.Programmes().Select(ProgrammeRules.From).ToArray();
var month = AssessmentMonth.For(2026, 11, WorkingDayCalendar.China);
var random = new Random(20261125);

// Nine in ten pairings in the guide programme, one in ten in the province's liaison programme; a few start mid-month.
var pairings = new PairingTerms[pairingCount];
for (var i = 0; i < pairingCount; i++)
{
    var from = i % 50 == 0 ? new DateOnly(2026, 11, 11) : new DateOnly(2026, 1, 1);
    pairings[i] = new PairingTerms(i + 1, programmes[i % 10 == 0 ? 1 : 0], from, null);
}
// Records spread over the month's periods (and a little outside), channels weighted like a guide's week.
ContactChannel[] channels = [ContactChannel.Phone, ContactChannel.Phone, ContactChannel.Phone, ContactChannel.WeChat, ContactChannel.Visit, ContactChannel.Video, ContactChannel.QQ];
var span = month.Last.DayNumber - month.First.DayNumber + 9;
var records = new ContactFact[recordCount];
for (var i = 0; i < recordCount; i++)
{
    records[i] = new ContactFact(random.Next(1, pairingCount + 1), DateOnly.FromDayNumber(month.First.DayNumber - 4 + random.Next(span)), channels[random.Next(channels.Length)]);
}

var sortWatch = Stopwatch.StartNew();
ComplianceEvaluator.SortForEvaluation(records);
sortWatch.Stop();

// Warm-up on a slice, then the measured runs.
ComplianceEvaluator.Evaluate(month, pairings.AsSpan(0, 1000), records.AsSpan(0, 20_000), _ => { });
var times = new List<double>();
long allocated = 0;
int met = 0, required = 0, requiredMet = 0;
for (var run = 0; run < 5; run++)
{
    met = required = requiredMet = 0;
    var before = GC.GetAllocatedBytesForCurrentThread();
    var watch = Stopwatch.StartNew();
    ComplianceEvaluator.Evaluate(month, pairings, records, r =>
    {
        required += r.Required;
        requiredMet += r.Met;
        if (r.IsMet)
        {
            met++;
        }
    });
    watch.Stop();
    allocated = GC.GetAllocatedBytesForCurrentThread() - before;
    times.Add(watch.Elapsed.TotalMilliseconds);
}
times.Sort();
Console.WriteLine($"compliance evaluation: {pairingCount:N0} pairings, {recordCount:N0} records, month {month.Year}-{month.Month:00} ({month.Weeks.Count} weeks)");
Console.WriteLine($"  evaluate: median {times[2]:F0} ms, best {times[0]:F0} ms, worst {times[4]:F0} ms (target < 2000 ms)");
Console.WriteLine($"  sort by pairing (the database's ORDER BY, done here in memory): {sortWatch.Elapsed.TotalMilliseconds:F0} ms");
Console.WriteLine($"  allocated per evaluation: {allocated / 1024.0 / 1024.0:F1} MB = {(double)allocated / pairingCount:F0} B per pairing (missed-period lists only)");
Console.WriteLine($"  working set: {Environment.WorkingSet / 1024 / 1024} MB (input arrays included)");
Console.WriteLine($"  result: {met:N0} of {pairingCount:N0} pairings met every rule; {requiredMet:N0} of {required:N0} requirements met");
