namespace Huzhou.Credit.Contracts.Identity;

/// <summary>
/// A signed-in citizen whose account was checked against the database on this request: active, and bound to the person
/// the sign-in cookie names. The account was opened after an ID check (the hall counter or the identity platform), so
/// the masked ID number is the verified one.
/// </summary>
/// <param name="AccountId">The citizen account.</param>
/// <param name="SubjectId">The person (registry subject) the account belongs to.</param>
/// <param name="Name">The person's name as the account holds it.</param>
/// <param name="MaskedIdNumber">The verified ID number, masked (330502********1234); the account never stores it whole.</param>
public sealed record VerifiedCitizen(long AccountId, long SubjectId, string Name, string MaskedIdNumber);
