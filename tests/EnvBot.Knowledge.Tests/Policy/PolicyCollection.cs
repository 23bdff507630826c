namespace EnvBot.Knowledge.Tests.Policy;

/// <summary>Policy test classes share one <see cref="PolicyFixture"/> (the index is built once per run).</summary>
[CollectionDefinition(Name)]
public sealed class PolicyCollection : ICollectionFixture<PolicyFixture>
{
    public const string Name = "policy";
}
