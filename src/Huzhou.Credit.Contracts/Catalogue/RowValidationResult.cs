namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>The outcome of validating one row.</summary>
/// <param name="Values">Normalised values by field key (only fields with a value).</param>
/// <param name="Errors">Problems; an empty list means the row is valid.</param>
public sealed record RowValidationResult(IReadOnlyDictionary<string, string> Values, IReadOnlyList<FieldError> Errors)
{
    /// <summary>True when there is no error.</summary>
    public bool IsValid => Errors.Count == 0;
}
