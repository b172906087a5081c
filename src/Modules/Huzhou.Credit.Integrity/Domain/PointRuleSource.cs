
namespace Huzhou.Credit.Integrity.Domain;

/// <summary>Where a rule's events come from.</summary>
internal enum PointRuleSource
{
    /// <summary>Recorded by the scheme's operator (a check, a complaint upheld, a good deed).</summary>
    Manual = 1,

    /// <summary>From the member's credit records of one catalogue item (a penalty, an honour), taken by the nightly sync.</summary>
    CreditRecord = 2,
}
