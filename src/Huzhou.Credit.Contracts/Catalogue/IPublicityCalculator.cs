namespace Huzhou.Credit.Contracts.Catalogue;

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
