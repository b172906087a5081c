namespace Huzhou.Credit.Repair.Domain;

internal enum CalendarDayKind : short
{
    Holiday = 1,
    MakeUpWorkday = 2,
}
