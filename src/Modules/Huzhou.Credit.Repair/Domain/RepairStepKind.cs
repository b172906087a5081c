namespace Huzhou.Credit.Repair.Domain;

internal enum RepairStepKind : short
{
    Submitted = 1,
    Accepted = 2,
    Refused = 3,
    Extended = 4,
    Approved = 5,
    Denied = 6,
    Executed = 7,
    Reminded = 8,
}
