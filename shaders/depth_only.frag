#version 330 core
// Shadow map passes write depth only.
void main() {}
