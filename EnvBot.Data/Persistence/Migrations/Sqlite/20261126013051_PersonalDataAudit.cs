using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EnvBot.Data.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalDataAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "BookingId",
                table: "personal_data_access",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "personal_data_access",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "身份证号码");

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "personal_data_access",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_personal_data_access_PersonId_At",
                table: "personal_data_access",
                columns: new[] { "PersonId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_personal_data_access_PersonId_At",
                table: "personal_data_access");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "personal_data_access");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "personal_data_access");

            migrationBuilder.AlterColumn<int>(
                name: "BookingId",
                table: "personal_data_access",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
