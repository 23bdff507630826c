using EnvBot.Data.Ledger;

namespace EnvBot.Data.Tests.Domain.Ledger;

/// <summary>Departments as guides and block leads name them, read as the registered short names (issue 8, DOMAIN.md §2 "Problems").</summary>
public sealed class DepartmentNamesTests
{
    [Theory]
    [InlineData("大气处", "大气处")]
    [InlineData("大气科", "大气处")]
    [InlineData("大气环境处", "大气处")]
    [InlineData("水科", "水处")]
    [InlineData("水环境处", "水处")]
    [InlineData("海洋处", "水处")]
    [InlineData("水生态环境处（海洋生态环境处）", "水处")]
    [InlineData("固废科", "土壤处")]
    [InlineData("土壤科", "土壤处")]
    [InlineData("环评科", "环评处")]
    [InlineData("执法大队", "执法支队")]
    [InlineData("执法支队", "执法支队")]
    [InlineData("监测站", "科监处")]
    [InlineData("法规科", "法规处")]
    [InlineData("办公室", "办公室")]
    public void A_department_typed_as_people_say_it_is_the_registered_one(string spoken, string expected) =>
        Assert.Equal(expected, DepartmentNames.Resolve(spoken));

    [Theory]
    [InlineData("应急科")] // no emergency department in the bureau's table: not guessed
    [InlineData("大气处理")] // a word, not a department followed by more
    [InlineData("气象局")]
    [InlineData("")]
    public void A_name_that_is_no_registered_department_is_none(string spoken) =>
        Assert.Null(DepartmentNames.Resolve(spoken));

    [Theory]
    [InlineData("需要水科确认", "水处")]
    [InlineData("需要大气科配合", "大气处")]
    [InlineData("要请固废科把关", "土壤处")]
    [InlineData("需执法大队介入", "执法支队")]
    [InlineData("需要应急科配合", null)] // not registered: the routing table decides
    [InlineData("进废水处理站处理", null)] // the enterprise's own plant
    public void The_department_a_guide_names_in_a_phrase(string phrase, string? expected) =>
        Assert.Equal(expected, DepartmentNames.NamedIn(phrase));
}
