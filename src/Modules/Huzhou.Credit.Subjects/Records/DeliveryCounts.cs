namespace Huzhou.Credit.Subjects.Records;

/// <summary>What a delivery has done so far (written by the consumer task only).</summary>
internal sealed class DeliveryCounts
{
    public long Inserted { get; set; }

    public long Updated { get; set; }

    public long Unchanged { get; set; }

    public long Superseded { get; set; }

    public long SubjectsCreated { get; set; }

    public long BusyMilliseconds { get; set; }

    /// <summary>Of <see cref="BusyMilliseconds"/>: finding and creating subjects.</summary>
    public long ResolveMilliseconds { get; set; }

    /// <summary>Of <see cref="BusyMilliseconds"/>: the COPY (or probe, COPY and update) of the rows, savepoint included.</summary>
    public long WriteMilliseconds { get; set; }

    /// <summary>Of <see cref="BusyMilliseconds"/>: the records-changed events in the outbox.</summary>
    public long OutboxMilliseconds { get; set; }

    /// <summary>Subjects whose registry entry a registration row changed (name, status, verification ...).</summary>
    public long SubjectsUpdated { get; set; }

    /// <summary>Of <see cref="BusyMilliseconds"/>: applying registration rows to the registry, their events included.</summary>
    public long RegistryMilliseconds { get; set; }
}
