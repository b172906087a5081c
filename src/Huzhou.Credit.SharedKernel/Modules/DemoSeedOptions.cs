namespace Huzhou.Credit.SharedKernel.Modules;

/// <summary>How big a demo city to seed.</summary>
/// <param name="Organisations">Number of organisations (all four kinds).</param>
/// <param name="Persons">Number of natural persons.</param>
public sealed record DemoSeedOptions(int Organisations, int Persons)
{
    public static DemoSeedOptions Demo { get; } = new(2_000, 5_000);

    /// <summary>The full city of the source document: ~120,000 organisations and 2.24 million persons.</summary>
    public static DemoSeedOptions FullCity { get; } = new(120_000, 2_240_000);

    /// <summary>No demo data at all: <c>seed --scale none</c> (what docker-compose's <c>migrate</c> service does by default).</summary>
    public static DemoSeedOptions None { get; } = new(0, 0);

    /// <summary>True for <see cref="None"/>: no seeder runs (no demo accounts either).</summary>
    public bool IsNone => Organisations == 0 && Persons == 0;

    /// <summary>Parses <c>none</c>, <c>demo</c>, <c>full</c> or a total number of subjects.</summary>
    public static DemoSeedOptions Parse(string? scale)
    {
        if (scale is not null && scale.Trim().Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return None;
        }

        if (string.IsNullOrWhiteSpace(scale) || scale.Equals("demo", StringComparison.OrdinalIgnoreCase))
        {
            return Demo;
        }

        if (scale.Equals("full", StringComparison.OrdinalIgnoreCase))
        {
            return FullCity;
        }

        if (int.TryParse(scale, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var total) && total > 0)
        {
            // Keep the city's proportion: about one organisation for every nineteen persons.
            var organisations = Math.Max(1, total / 20);
            return new DemoSeedOptions(organisations, total - organisations);
        }

        throw new ArgumentException($"Unknown seed scale '{scale}': use none, demo, full or a number of subjects.", nameof(scale));
    }
}
