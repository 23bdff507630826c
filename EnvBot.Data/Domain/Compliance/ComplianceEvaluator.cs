using EnvBot.Data.Domain.Pairings;

namespace EnvBot.Data.Domain.Compliance;

/// <summary>
/// The frequency rules of DOMAIN.md §2 applied to a month of contacts: one pass over the contacts, merged with the
/// pairings by id, with a few counters per pairing — memory does not grow with the number of contacts a pairing has,
/// so a province (100,000 pairings, 2,000,000 records) is evaluated in one streaming pass (bench/compliance).
/// </summary>
public static class ComplianceEvaluator
{
    // At most six Monday-weeks touch a month; index 6 holds the month itself.
    private const int Slots = 7;
    private const int MonthSlot = 6;

    /// <summary>Orders contacts the way <see cref="Evaluate"/> reads them (by pairing; the database returns them so).</summary>
    public static void SortForEvaluation(Span<ContactFact> contacts) =>
        contacts.Sort(static (a, b) => a.PairingId != b.PairingId ? a.PairingId.CompareTo(b.PairingId) : a.Date.CompareTo(b.Date));

    /// <summary>
    /// Evaluates every pairing in <paramref name="pairings"/> (ascending PairingId) against
    /// <paramref name="contacts"/> (ascending PairingId; contacts of unknown pairings and days outside the month's
    /// periods are ignored) and hands each result to <paramref name="onResult"/>.
    /// </summary>
    public static void Evaluate(AssessmentMonth month, ReadOnlySpan<PairingTerms> pairings, ReadOnlySpan<ContactFact> contacts, Action<PairingCompliance> onResult)
    {
        var weekSlotOf = WeekSlots(month);
        Span<int> counts = stackalloc int[Slots * 8];
        var c = 0;
        for (var p = 0; p < pairings.Length; p++)
        {
            var pairing = pairings[p];
            if (p > 0 && pairings[p - 1].PairingId >= pairing.PairingId)
            {
                throw new ArgumentException("Pairings must be in ascending PairingId order.", nameof(pairings));
            }
            var rules = pairing.Rules.Rules;
            if (rules.Count > 8)
            {
                throw new ArgumentException($"A programme has {rules.Count} rules; at most 8 are supported.", nameof(pairings));
            }
            counts.Clear();
            while (c < contacts.Length && contacts[c].PairingId < pairing.PairingId)
            {
                c++;
            }
            for (; c < contacts.Length && contacts[c].PairingId == pairing.PairingId; c++)
            {
                var contact = contacts[c];
                if (contact.Date < month.First || contact.Date > month.Last)
                {
                    continue;
                }
                var weekSlot = weekSlotOf[(contact.Date.DayNumber - month.FirstMonday.DayNumber) / 7];
                var inMonth = month.Whole.Contains(contact.Date);
                for (var r = 0; r < rules.Count; r++)
                {
                    if ((contact.Channel & rules[r].Channels) == 0)
                    {
                        continue;
                    }
                    if (rules[r].Period == FrequencyPeriod.Week && weekSlot >= 0)
                    {
                        counts[r * Slots + weekSlot]++;
                    }
                    else if (rules[r].Period == FrequencyPeriod.Month && inMonth)
                    {
                        counts[r * Slots + MonthSlot]++;
                    }
                }
            }
            onResult(Judge(month, pairing, counts, weekSlotOf));
        }
    }

    /// <summary>Convenience for one pairing (a guide's "我的企业", a reminder's check).</summary>
    public static PairingCompliance EvaluateOne(AssessmentMonth month, PairingTerms pairing, ReadOnlySpan<ContactFact> contactsOfPairing)
    {
        PairingCompliance result = default;
        Evaluate(month, [pairing], contactsOfPairing, r => result = r);
        return result;
    }

    private static PairingCompliance Judge(AssessmentMonth month, PairingTerms pairing, ReadOnlySpan<int> counts, int[] weekSlotOf)
    {
        var required = 0;
        var met = 0;
        List<MissedRequirement>? missed = null;
        var rules = pairing.Rules.Rules;
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (rule.Period == FrequencyPeriod.Month)
            {
                Count(month.Whole, counts[r * Slots + MonthSlot]);
                continue;
            }
            for (var w = 0; w < month.Weeks.Count; w++)
            {
                Count(month.Weeks[w], counts[r * Slots + w]);
            }

            void Count(CompliancePeriod period, int counted)
            {
                if (!month.IsRequired(period, pairing.ValidFrom, pairing.ValidTo))
                {
                    return;
                }
                required++;
                if (counted >= rule.MinimumCount)
                {
                    met++;
                }
                else
                {
                    (missed ??= []).Add(new MissedRequirement(rule, period, counted));
                }
            }
        }
        return new PairingCompliance(pairing.PairingId, required, met, (IReadOnlyList<MissedRequirement>?)missed ?? []);
    }

    /// <summary>Monday-week index since the first Monday → index into <see cref="AssessmentMonth.Weeks"/>, or -1.</summary>
    private static int[] WeekSlots(AssessmentMonth month)
    {
        var slots = new int[Slots];
        Array.Fill(slots, -1);
        for (var w = 0; w < month.Weeks.Count; w++)
        {
            slots[(month.Weeks[w].First.DayNumber - month.FirstMonday.DayNumber) / 7] = w;
        }
        return slots;
    }
}
