using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Subjects;
using Registration = Huzhou.Credit.Contracts.Catalogue.WellKnownItems.MarketSubjectRegistration;

namespace Huzhou.Credit.Collection.Features;

/// <summary>
/// Reads what a registration row (市场主体登记信息) says about its organisation from the row's normalised values, so
/// the record store can update the registry with the record. Field positions are looked up once per delivery, from
/// the item version the batch validates against; a version without one of the fields simply never delivers it.
/// </summary>
internal sealed class RegistrationFacts
{
    private readonly FieldSlot _name;
    private readonly FieldSlot _status;
    private readonly FieldSlot _legalRepresentative;
    private readonly FieldSlot _capital;
    private readonly FieldSlot _established;
    private readonly FieldSlot _approved;
    private readonly FieldSlot _address;

    private readonly DateOnly _today;

    private RegistrationFacts(CatalogueItemVersion item, DateOnly today)
    {
        _today = today;
        _name = FieldSlot.Of(item, Registration.Name);
        _status = FieldSlot.Of(item, Registration.Status);
        _legalRepresentative = FieldSlot.Of(item, Registration.LegalRepresentative);
        _capital = FieldSlot.Of(item, Registration.RegisteredCapital);
        _established = FieldSlot.Of(item, Registration.EstablishedOn);
        _approved = FieldSlot.Of(item, Registration.ApprovedOn);
        _address = FieldSlot.Of(item, Registration.Address);
    }

    /// <summary>The reader for a registration item's version, or null for every other item (their rows carry no facts).</summary>
    /// <param name="item">The batch's item version.</param>
    /// <param name="today">The delivery day: a row approved after it (a mistyped or forged date) changes nothing.</param>
    public static RegistrationFacts? For(CatalogueItemVersion item, DateOnly today) =>
        item.ItemCode == Registration.Code && item.IndexOfField(Registration.Name) >= 0 ? new RegistrationFacts(item, today) : null;

    /// <summary>The facts of a valid row (values normalised by the validator: option codes, invariant decimals, yyyy-MM-dd).</summary>
    public SubjectRegistrationFacts? Read(string?[] values)
    {
        var name = Clean(_name.At(values));
        if (name is null || DateOf(_approved.At(values)) > _today || DateOf(_established.At(values)) > _today)
        {
            return null;
        }

        return new SubjectRegistrationFacts(
            name,
            StatusOf(_status.At(values)),
            Clean(_legalRepresentative.At(values)),
            decimal.TryParse(_capital.At(values), NumberStyles.Number, CultureInfo.InvariantCulture, out var capital) ? capital : null,
            DateOf(_established.At(values)),
            Clean(_address.At(values)),
            DateOf(_approved.At(values)));
    }

    private static RegisteredStatus? StatusOf(string? code) => code switch
    {
        Registration.StatusActive => RegisteredStatus.Active,
        Registration.StatusRevoked => RegisteredStatus.Revoked,
        Registration.StatusCancelled => RegisteredStatus.Cancelled,
        Registration.StatusMovedOut => RegisteredStatus.MovedOut,
        _ => null,
    };

    private static DateOnly? DateOf(string? text) => BatchProcessor.TryParseIsoDate(text, out var date) ? date : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
