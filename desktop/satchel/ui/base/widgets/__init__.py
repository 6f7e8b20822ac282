"""Small widgets every screen may use: fields, questions, file dialogs, accessibility fixes."""
