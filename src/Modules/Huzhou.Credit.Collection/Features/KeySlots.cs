using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Collection.Features;

/// <summary>Where an item version keeps the fields <see cref="RecordKeyFields"/> names, found once per delivery.</summary>
internal sealed class KeySlots(CatalogueItemVersion item)
{
    public FieldSlot Name { get; } = FieldSlot.Of(item, item.Keys.SubjectNameField);

    public FieldSlot Code { get; } = FieldSlot.Of(item, item.Keys.SubjectCodeField);

    public FieldSlot IdNumber { get; } = FieldSlot.Of(item, item.Keys.SubjectIdNumberField);

    public FieldSlot SourceKey { get; } = FieldSlot.Of(item, item.Keys.SourceKeyField);

    public FieldSlot DecisionDate { get; } = FieldSlot.Of(item, item.Keys.DecisionDateField);

    /// <summary>The registration facts reader, only for a delivery allowed to update the registry (see <see cref="ForDelivery"/>).</summary>
    public RegistrationFacts? Registration { get; private init; }

    /// <summary>
    /// The slots of a delivery. Registration rows update the registry only when the delivering department is one of the
    /// item's providers (the market-regulation bureau, or its district branches: <see cref="Providers"/>); a platform
    /// delivery in another department's name is stored as records and changes no subject.
    /// </summary>
    public static KeySlots ForDelivery(CatalogueItemVersion item, string department, DateOnly today) => new(item)
    {
        Registration = Providers.Provides(item, department) ? RegistrationFacts.For(item, today) : null,
    };
}
