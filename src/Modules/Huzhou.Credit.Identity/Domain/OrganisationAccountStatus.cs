namespace Huzhou.Credit.Identity.Domain;

internal enum OrganisationAccountStatus : short
{
    Pending = 1,
    Verified = 2,
    Refused = 3,
    Disabled = 4,
}
