namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>Validates and normalises one delivered row against an item version's schema.</summary>
public interface IRowValidator
{
    /// <summary>The item version the validator checks against.</summary>
    CatalogueItemVersion Item { get; }

    /// <summary>
    /// Validates a row given as field key to raw text (missing keys are empty). Returns the normalised values
    /// (dates as yyyy-MM-dd, decimals invariant, codes upper-case, enum values as codes) and every problem.
    /// </summary>
    RowValidationResult Validate(IReadOnlyDictionary<string, string?> row);

    /// <summary>
    /// The same validation with the row given by field position, for bulk deliveries (no dictionary per row):
    /// <paramref name="raw"/>[i] is the text of <see cref="CatalogueItemVersion.Fields"/>[i] (null when absent).
    /// Writes each field's normalised value into <paramref name="values"/>[i] (null when the field is empty or
    /// invalid) and returns every problem, in the order and wording of <see cref="Validate(IReadOnlyDictionary{string, string})"/>;
    /// an empty list means the row is valid.
    /// </summary>
    /// <param name="raw">The raw texts, one per field of the item version.</param>
    /// <param name="values">Receives the normalised values; at least as long as <paramref name="raw"/>.</param>
    IReadOnlyList<FieldError> Validate(ReadOnlySpan<string?> raw, Span<string?> values);

    /// <summary>
    /// What the row last validated carried besides errors: the delivered texts read through a synonym and an
    /// identifier accepted with a check-character warning. Overwritten by the next row (one instance per validator).
    /// </summary>
    ValidatedRowNotes LastRow { get; }

    /// <summary>Every synonym this validator has read so far, with how many times.</summary>
    IReadOnlyList<SynonymUse> SynonymsUsed { get; }
}
