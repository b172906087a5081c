namespace Huzhou.Credit.Subjects.Domain;

/// <summary>Registration status. Persons use Active and Cancelled (户籍注销) only.</summary>
internal enum RegistrationStatus : short
{
    Active = 1,
    Revoked = 2,
    Cancelled = 3,
    MovedOut = 4,
}
