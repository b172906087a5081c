namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>One option of an enum or code-list field.</summary>
/// <param name="Code">The code delivered by departments, e.g. <c>01</c>.</param>
/// <param name="Label">The Chinese label, e.g. 自然人; files may carry either.</param>
/// <param name="Synonyms">
/// Other texts that mean this option (earlier versions of a standard, other platforms' wording). They are kept
/// in the catalogue's synonym table, not in the item version, and merged in when the catalogue is read; matching
/// ignores width, spaces and case (<see cref="OptionText.Normalise"/>).
/// </param>
public sealed record FieldOption(string Code, string Label, IReadOnlyList<string>? Synonyms = null)
{
    /// <summary>
    /// The code a synonym of the subject-category field (行政相对人类别) maps to when the text does not decide between
    /// 02 法人 and 03 非法人组织 (the current standard's 法人及非法人组织): the subject's credit code decides
    /// (<see cref="SharedKernel.Identifiers.UnifiedSocialCreditCode.SubjectCategory"/>). When such synonyms exist the
    /// field's options end with a pseudo-option of this code carrying them; it is never a stored value.
    /// </summary>
    public const string ByCreditCode = "*";
}
