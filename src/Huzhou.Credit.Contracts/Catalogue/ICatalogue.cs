namespace Huzhou.Credit.Contracts.Catalogue;

/// <summary>Reads the public credit information catalogue (公共信用信息目录). Implemented by the Catalogue module.</summary>
public interface ICatalogue
{
    /// <summary>Every item, current versions, retired ones last.</summary>
    Task<IReadOnlyList<CatalogueItemSummary>> ListItemsAsync(bool includeRetired, CancellationToken cancellationToken = default);

    /// <summary>The current version of an item, or null when the code is unknown.</summary>
    Task<CatalogueItemVersion?> GetCurrentAsync(string itemCode, CancellationToken cancellationToken = default);

    /// <summary>A given version of an item, or null.</summary>
    Task<CatalogueItemVersion?> GetVersionAsync(string itemCode, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// A validator for rows of one item version. It is built once per delivery and called for every row, so
    /// it must be fast and allocation-light; it is safe to use from one thread at a time.
    /// </summary>
    IRowValidator CreateValidator(CatalogueItemVersion item);
}

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

/// <summary>The notes of one validated row (see <see cref="IRowValidator.LastRow"/>).</summary>
public sealed class ValidatedRowNotes
{
    private readonly string?[] _synonymTexts;
    private int _synonyms;

    /// <summary>Notes for rows of <paramref name="fieldCount"/> fields.</summary>
    public ValidatedRowNotes(int fieldCount) => _synonymTexts = new string?[fieldCount];

    /// <summary>True when some field was read through a synonym.</summary>
    public bool UsedSynonyms => _synonyms > 0;

    /// <summary>
    /// The subject identifier's check-character warning, in Chinese, when the row's code or ID number failed its
    /// check character and was accepted for the credit office to decide (the record store keeps the flag).
    /// </summary>
    public string? CheckWarning { get; set; }

    /// <summary>The text as delivered of field <paramref name="index"/> when a synonym read it, else null.</summary>
    public string? SynonymText(int index) => _synonymTexts[index];

    /// <summary>Starts a new row.</summary>
    public void Clear()
    {
        if (_synonyms > 0)
        {
            Array.Clear(_synonymTexts);
            _synonyms = 0;
        }

        CheckWarning = null;
    }

    /// <summary>Records that field <paramref name="index"/> was read through a synonym from <paramref name="delivered"/>.</summary>
    public void SetSynonymText(int index, string delivered)
    {
        _synonymTexts[index] = delivered;
        _synonyms++;
    }
}

/// <summary>A synonym a delivery used: the text as delivered and the option it was read as.</summary>
/// <param name="FieldKey">The field's key.</param>
/// <param name="FieldLabel">The field's label.</param>
/// <param name="Delivered">The text as delivered (trimmed).</param>
/// <param name="Code">The option's code it was read as (for 法人及非法人组织: the code the credit code decided).</param>
/// <param name="Label">The option's label.</param>
/// <param name="Rows">How many rows carried it.</param>
public sealed record SynonymUse(string FieldKey, string FieldLabel, string Delivered, string Code, string Label, long Rows);

/// <summary>The outcome of validating one row.</summary>
/// <param name="Values">Normalised values by field key (only fields with a value).</param>
/// <param name="Errors">Problems; an empty list means the row is valid.</param>
public sealed record RowValidationResult(IReadOnlyDictionary<string, string> Values, IReadOnlyList<FieldError> Errors)
{
    /// <summary>True when there is no error.</summary>
    public bool IsValid => Errors.Count == 0;
}

/// <summary>One problem in a row.</summary>
/// <param name="FieldKey">The field's key.</param>
/// <param name="FieldLabel">The field's Chinese label.</param>
/// <param name="Message">What is wrong, in Chinese, for the rejection report.</param>
public sealed record FieldError(string FieldKey, string FieldLabel, string Message);

/// <summary>Computes publicity periods from the rules kept as data (rule versions, class mapping). Implemented by the Catalogue module.</summary>
public interface IPublicityCalculator
{
    /// <summary>
    /// The publicity period of a record of <paramref name="item"/> decided on <paramref name="decisionDate"/>, given its
    /// normalised values (for penalties: 处罚类别, 案件程序类别, 罚款金额（万元）) and the delivering department,
    /// whose sector can change the class and the periods (e.g. work safety, fire, special equipment).
    /// </summary>
    PublicityPeriod Compute(CatalogueItemVersion item, DateOnly decisionDate, IReadOnlyDictionary<string, string> values, string providerDepartment);

    /// <summary>
    /// The same computation with the normalised values given by field position (<paramref name="values"/>[i] is the
    /// value of <see cref="CatalogueItemVersion.Fields"/>[i], null when absent), as <see cref="IRowValidator"/>'s
    /// positional validation writes them.
    /// </summary>
    /// <param name="item">The item version the values were validated against.</param>
    /// <param name="decisionDate">The decision date the period runs from.</param>
    /// <param name="values">The normalised values, one per field of <paramref name="item"/>.</param>
    /// <param name="providerDepartment">The delivering department.</param>
    PublicityPeriod Compute(CatalogueItemVersion item, DateOnly decisionDate, ReadOnlySpan<string?> values, string providerDepartment);
}

/// <summary>When a record is public, and the rule that said so.</summary>
/// <param name="Start">First day of publicity (the decision date).</param>
/// <param name="End">Last day of publicity; null when indefinite.</param>
/// <param name="MinimumEnd">The earliest day a repair may end publicity; null when not repairable by period.</param>
/// <param name="Class">The penalty class, for penalty-class items.</param>
/// <param name="RuleVersion">The rule version applied (e.g. <c>2019</c>, <c>2023</c>, <c>2025</c>, or <c>fixed</c>).</param>
/// <param name="Published">False when the rule says the record is not published at all (some minor penalties).</param>
public sealed record PublicityPeriod(DateOnly Start, DateOnly? End, DateOnly? MinimumEnd, PenaltyClass? Class, string RuleVersion, bool Published);
