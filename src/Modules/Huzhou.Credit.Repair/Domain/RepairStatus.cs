namespace Huzhou.Credit.Repair.Domain;

internal enum RepairStatus : short
{
    Submitted = 1,
    Accepted = 2,
    Refused = 3,
    Approved = 4,
    Denied = 5,
    Executed = 6,
}
