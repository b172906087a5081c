using System.Globalization;
using Huzhou.Credit.Contracts.Catalogue;
using Huzhou.Credit.Contracts.Records;

namespace Huzhou.Credit.Subjects.Records;

/// <summary>
/// The record vocabulary as SQL literals for statements kept as text: <c>$"... WHERE status = {CreditRecordLiterals.Active}"</c>
/// instead of a bare number. Built once from the enums (never from input), so a statement stays one string instance
/// and the planner still sees a constant (partial indexes, statistics).
/// </summary>
internal static class CreditRecordLiterals
{
    /// <summary><see cref="CreditRecordStatus.Active"/>.</summary>
    public static readonly string Active = Of((short)CreditRecordStatus.Active);

    /// <summary><see cref="CreditRecordStatus.PublicityEnded"/>.</summary>
    public static readonly string PublicityEnded = Of((short)CreditRecordStatus.PublicityEnded);

    /// <summary><see cref="CreditRecordStatus.Repaired"/>.</summary>
    public static readonly string Repaired = Of((short)CreditRecordStatus.Repaired);

    /// <summary><see cref="CreditRecordStatus.Revoked"/>.</summary>
    public static readonly string Revoked = Of((short)CreditRecordStatus.Revoked);

    /// <summary><see cref="CreditRecordStatus.Corrected"/>.</summary>
    public static readonly string Corrected = Of((short)CreditRecordStatus.Corrected);

    /// <summary><see cref="PenaltyClass.General"/> (a record without a class counts as 一般 for the check rules).</summary>
    public static readonly string General = Of((short)PenaltyClass.General);

    /// <summary><see cref="PenaltyClass.Serious"/>.</summary>
    public static readonly string Serious = Of((short)PenaltyClass.Serious);

    /// <summary><see cref="CreditRecordChangeKind.StatusChanged"/>: the <c>what</c> of a history row.</summary>
    public static readonly string StatusChanged = Of((short)CreditRecordChangeKind.StatusChanged);

    private static string Of(short value) => value.ToString(CultureInfo.InvariantCulture);
}
