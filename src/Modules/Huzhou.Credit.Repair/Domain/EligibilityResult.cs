namespace Huzhou.Credit.Repair.Domain;

/// <summary>Whether a record may be repaired now, and if not, why (in Chinese, for the applicant).</summary>
internal sealed record EligibilityResult(bool Eligible, string Reason, DateOnly? EarliestDate = null);
