using Huzhou.Credit.Contracts.Catalogue;

namespace Huzhou.Credit.Contracts.Records;

/// <summary>
/// How many records of one subject share item, penalty class, state, age and detail. Revoked records are never
/// counted. Records older than the request's years appear only for its latest-payload items, with age -1.
/// </summary>
/// <param name="SubjectId">Subject.</param>
/// <param name="ItemCode">Catalogue item.</param>
/// <param name="PenaltyClass">The penalty class, null when the item has none.</param>
/// <param name="Repaired">True for repaired records (信用修复 completed), false for records that still count.</param>
/// <param name="AgeYears">Whole years between the decision date and the request's day (0 = within the last year), -1 when older than asked.</param>
/// <param name="Detail">The detail field's value (as delivered, e.g. the enum code), or null.</param>
/// <param name="Count">Number of records.</param>
/// <param name="LatestPayload">For latest-payload items: the newest record's decision date (yyyy-MM-dd) and payload of this group, as "date|payload"; else null.</param>
public sealed record RecordTally(
    long SubjectId,
    string ItemCode,
    PenaltyClass? PenaltyClass,
    bool Repaired,
    short AgeYears,
    string? Detail,
    int Count,
    string? LatestPayload);
