namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>One problem in a row.</summary>
/// <param name="FieldKey">The field's key.</param>
/// <param name="FieldLabel">The field's Chinese label.</param>
/// <param name="Message">What is wrong, in Chinese, for the rejection report.</param>
public sealed record FieldError(string FieldKey, string FieldLabel, string Message);
