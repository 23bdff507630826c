namespace EnvBot.Data.Domain.Pairings;

public enum FrequencyPeriod
{
    Week,
    Month,
}
