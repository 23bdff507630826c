using EnvBot.Host;
using EnvBot.Host.Cli;

var command = CliCommands.IsCommand(args);
var app = EnvBotApp.Build(command ? [] : args);
await EnvBotApp.PrepareAsync(app);
if (command)
{
    return await CliCommands.RunAsync(app, args, Console.Out, Console.Error);
}
await app.RunAsync();
return 0;

/// <summary>Entry point; public so end-to-end tests can reference the assembly.</summary>
public partial class Program;
