namespace Huzhou.Credit.E2ETests.Infrastructure;

/// <summary>
/// One server, database and browser for all end-to-end tests. Every test class needs
/// <c>[Collection(E2ECollection.Name)]</c> (xunit does not inherit it from <see cref="BrowserTest"/>); the
/// tests then run one after another, which is what a 2-core machine wants anyway.
/// </summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<E2EFixture>
{
    public const string Name = "End-to-end";
}
