namespace Huzhou.Credit.Integrity.Domain;

/// <summary>
/// One line of "how to raise it" (怎样提高诚信分): what to do, in plain words, the points it is worth, and — for a bad
/// record about the person — whether he may apply to repair it now and object to it.
/// </summary>
/// <param name="Title">The short heading (a bad record's item and document number, or the positive line's name).</param>
/// <param name="Text">What to do and when, in plain Chinese.</param>
/// <param name="Points">The points it is worth (a deduction that would stop, or what can still be added).</param>
/// <param name="RecordId">The bad record the line is about (links to the objection and repair pages), or null.</param>
/// <param name="CanRepairNow">The record's minimum publicity period is over (or it is minor): the repair form may be opened.</param>
internal sealed record AdviceLine(string Title, string Text, decimal Points, long? RecordId = null, bool CanRepairNow = false);
