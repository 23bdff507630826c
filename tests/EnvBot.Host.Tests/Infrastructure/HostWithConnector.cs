namespace EnvBot.Host.Tests.Infrastructure;

/// <summary>
/// One host and one fake connector shared by the tests of a class (xunit runs a class's tests one at a time), so
/// thirty fixtures do not pay thirty host start-ups. Tests call <see cref="FakeConnector.Clear"/> first.
/// </summary>
public sealed class HostWithConnector : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;
    public FakeConnector Connector { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Host = await TestHost.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
