namespace EnvBot.Data.Domain.Calendar;

/// <summary>How much of a year's holiday arrangement the calendar knows.</summary>
public enum CalendarCoverage
{
    /// <summary>No data: the State Council has not published the year's notice yet, or the year is out of range.</summary>
    Missing,

    /// <summary>Some days are listed, but not all seven statutory holidays, or no notice is named as the source.</summary>
    Partial,

    /// <summary>The year's notice is loaded with all seven statutory holidays.</summary>
    Complete,
}
